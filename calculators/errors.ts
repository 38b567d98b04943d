/** Errors and messages shared by every calculator. */

/** Text in both languages of the handbook. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * A calculation that cannot be done with these inputs (e.g. cash flows with no
 * rate). Thrown by calculation functions, never by the input parsers; islands
 * catch it and show `messages[lang]`.
 */
export class CalcError extends Error {
  readonly code: string;
  readonly messages: Bilingual;
  /**
   * The input responsible, when one is (e.g. `'upfrontFee'` for a fee not below the principal):
   * islands show the message next to that field, with aria-invalid, instead of in the results.
   * @example new CalcError('invalid-input', { zh: '…', en: '…' }, 'upfrontFee').field // 'upfrontFee'
   */
  readonly field?: string;
  constructor(code: string, messages: Bilingual, field?: string) {
    // For logs and test output, never shown to a reader: whatever languages the message carries (an island keeps one).
    super(`${code}: ${Object.values(messages).filter(Boolean).join(' / ')}`);
    this.name = 'CalcError';
    this.code = code;
    this.messages = messages;
    this.field = field;
  }
}
