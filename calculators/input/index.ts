export { parseAmount, parseBalance, DEFAULT_MAX_AMOUNT, type AmountOptions } from './amount';
export { parseCount } from './count';
export { parseRate, DAYS_PER_YEAR, type RateOptions } from './rate';
export { parseTerm, MIN_TERM_MONTHS, MAX_TERM_MONTHS } from './term';
export type { ParseResult, ParseError, ParseErrorCode } from './result';
