export {
  parseAmount,
  parseBalance,
  parseLoanAmount,
  DEFAULT_MAX_AMOUNT,
  PLAUSIBLE_LOAN_AMOUNT,
  type AmountOptions,
} from './amount';
export { chineseInteger } from './chinese';
export { byField, type FieldMessages } from './fields';
export { parseCount, parseMonths } from './count';
export { parseRate, parseFeeRate, DAYS_PER_YEAR, type RateOptions } from './rate';
export { parseTerm, MIN_TERM_MONTHS, MAX_TERM_MONTHS } from './term';
export type { ParseResult, ParseError, ParseErrorCode } from './result';
