/**
 * Vite plugin: ship only the part of decimal.js the handbook uses.
 *
 * Why it exists: decimal.js is one class whose methods hang off its prototype, so no bundler can
 * tree-shake it: every calculator page would download trigonometry, hyperbolic functions, base
 * conversion and random numbers it never calls (12.8 → 7.5 KB gzip of a 30 KB island budget,
 * PERFORMANCE.md). This plugin deletes those methods from the source before bundling; the private
 * helpers only they used then fall away by ordinary tree-shaking. It also trims the embedded ln(10)
 * and π from 1,025 to 100 digits: the handbook computes at 40 significant digits
 * (calculators/decimal.ts), and decimal.js allows up to ~95 with 100 digits.
 *
 * Why not decimal.js-light (the same author's smaller build, which decimal.js's README points to):
 * by its README, its arithmetic is truncated at `precision` (Decimal.rounding applies only to
 * toDecimalPlaces, toFixed and the like), so the calculators' 40-digit half-up intermediate
 * results, which the tests pin, would change; it has no NaN, Infinity or -0, on which the
 * calculators' isFinite() guards against an unusable figure rely; and a Decimal's `e` is a base-1e7
 * exponent there, not the base-10 one decimal.js has. Slimming keeps decimal.js's semantics exactly.
 *
 * Guards: decimal.js is pinned exactly in package.json; the build stops if a method is not found
 * (decimal.js changed shape); the unit tests run on this same slimmed library (vitest.config.ts)
 * and tests/unit/decimal-slim.test.ts compares it with the full one, so a calculator that starts
 * using a removed method fails there, not in a browser.
 *
 * How to remove it: drop `decimalSlim()` from astro.config.mjs and vitest.config.ts and delete this
 * file and its test. Everything still works; each calculator island grows by about 5 KB gzip
 * (check tests/browser/build-output.test.ts's 30 KB budget).
 */
import type { Plugin } from 'vite';

const DIGITS = 100;

/** Prototype methods (by their long name; the alias on the same line goes too). */
const REMOVED_METHODS = [
  'clampedTo',
  'cosine',
  'cubeRoot',
  'hyperbolicCosine',
  'hyperbolicSine',
  'hyperbolicTangent',
  'inverseCosine',
  'inverseHyperbolicCosine',
  'inverseHyperbolicSine',
  'inverseHyperbolicTangent',
  'inverseSine',
  'inverseTangent',
  'logarithm',
  'sine',
  'squareRoot',
  'tangent',
  'toBinary',
  'toFraction',
  'toHexadecimal',
  'toNearest',
  'toOctal',
];
/** Static functions attached in clone(). */
const REMOVED_STATICS = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'clamp',
  'cos',
  'cosh',
  'hypot',
  'log',
  'log2',
  'log10',
  'random',
  'sin',
  'sinh',
  'sqrt',
  'tan',
  'tanh',
];

/** The slimmed source, and what could not be found (empty when decimal.js has the expected shape). */
export function slimDecimal(code: string): { code: string; missing: string[] } {
  const missing: string[] = [];
  let out = code.replace(
    /\b(LN10|PI) = '(\d)\.(\d+)'/g,
    (_, name: string, int: string, frac: string) => `${name} = '${int}.${frac.slice(0, DIGITS)}'`,
  );
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

export default function decimalSlim(): Plugin {
  return {
    name: 'handbook-decimal-slim',
    enforce: 'pre',
    transform(code, id) {
      if (!/decimal\.js[\\/]decimal\.m?js$/.test(id)) return null;
      const { code: slim, missing } = slimDecimal(code);
      if (missing.length)
        this.error(
          `decimal.js changed shape (not found: ${missing.join(', ')}): update src/integrations/decimal-slim.ts`,
        );
      return { code: slim, map: null };
    },
  };
}
