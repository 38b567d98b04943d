/** What every input parser returns. Parsers never throw. */
import type { Bilingual } from '../errors';

export type ParseErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'zero'
  | 'too-many-decimals'
  | 'too-large'
  | 'too-small'
  | 'not-plain-percent'
  | 'rate-too-high'
  | 'not-whole-months'
  | 'term-out-of-range'
  | 'wrong-unit';

export interface ParseError {
  code: ParseErrorCode;
  message: Bilingual;
}

/** `note` explains a conversion the parser made (e.g. a daily rate turned into an annual one). */
export type ParseResult<T> = { ok: true; value: T; note?: Bilingual } | { ok: false; error: ParseError };

/**
 * A failed parse. `message` is written as a `{ zh, en }` literal at each call, so an island keeps only its page's language of it.
 *
 * @example fail('not-a-number', { zh: '无法识别', en: 'Not a number' }) // { ok: false, error: { code: 'not-a-number', message: { zh: '无法识别', en: 'Not a number' } } }
 */
export const fail = (code: ParseErrorCode, message: Bilingual): { ok: false; error: ParseError } => ({
  ok: false,
  error: { code, message },
});

/** Longest input we look at: anything longer is not a number anyone typed. */
export const MAX_INPUT_LENGTH = 60;
