/**
 * Vite plugin: ship only the part of decimal.js the handbook uses.
 *
 * decimal.js is one class whose methods hang off its prototype, so no bundler
 * can tree-shake it: every calculator page would download trigonometry,
 * hyperbolic functions, base conversion and random numbers it never calls
 * (~4 KB gzip of a 30 KB island budget). This plugin deletes those methods
 * from the source before bundling; the private helpers only they used then
 * fall away by ordinary tree-shaking. It also trims the embedded ln(10) and π
 * from 1,025 to 100 digits: the handbook computes at 40 significant digits
 * (calculators/decimal.ts), and decimal.js allows up to ~95 with 100 digits.
 *
 * The unit tests run on the same slimmed library (vitest.config.ts), so a
 * calculator that starts using a removed method fails there, not in a browser.
 * The build stops if decimal.js changes shape and a method is not found.
 */
const DIGITS = 100;

/** Prototype methods (by their long name; the alias on the same line goes too). */
const REMOVED_METHODS = [
  'clampedTo', 'cosine', 'cubeRoot', 'hyperbolicCosine', 'hyperbolicSine', 'hyperbolicTangent',
  'inverseCosine', 'inverseHyperbolicCosine', 'inverseHyperbolicSine', 'inverseHyperbolicTangent',
  'inverseSine', 'inverseTangent', 'logarithm', 'sine', 'squareRoot', 'tangent',
  'toBinary', 'toFraction', 'toHexadecimal', 'toNearest', 'toOctal',
];
/** Static functions attached in clone(). */
const REMOVED_STATICS = [
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'clamp', 'cos', 'cosh',
  'hypot', 'log', 'log2', 'log10', 'random', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
];

/** The slimmed source, or a list of what could not be found. */
export function slimDecimal(code) {
  const missing = [];
  let out = code.replace(/\b(LN10|PI) = '(\d)\.(\d+)'/g, (_, name, int, frac) => `${name} = '${int}.${frac.slice(0, DIGITS)}'`);
  if (out === code) missing.push('LN10/PI');
  for (const name of REMOVED_METHODS) {
    // `P.cosine = P.cos = function () {` … up to the `};` that closes it at the start of a line (the file has CRLF endings).
    const re = new RegExp(`^P\\.${name} = [^\\n]*function[^\\n]*\\{\\r?\\n[\\s\\S]*?^\\};\\r?\\n`, 'm');
    if (!re.test(out)) missing.push(`P.${name}`);
    out = out.replace(re, '');
  }
  for (const name of REMOVED_STATICS) {
    const re = new RegExp(`^[ \\t]*Decimal\\.${name} = ${name};.*\\r?\\n`, 'm');
    if (!re.test(out)) missing.push(`Decimal.${name}`);
    out = out.replace(re, '');
  }
  return { code: out, missing };
}

export default function decimalSlim() {
  return {
    name: 'handbook-decimal-slim',
    enforce: 'pre',
    transform(code, id) {
      if (!/decimal\.js[\\/]decimal\.m?js$/.test(id)) return null;
      const { code: slim, missing } = slimDecimal(code);
      if (missing.length) this.error(`decimal.js changed shape (not found: ${missing.join(', ')}): update src/integrations/decimal-slim.mjs`);
      return { code: slim, map: null };
    },
  };
}
