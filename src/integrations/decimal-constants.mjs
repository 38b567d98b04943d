/**
 * Vite plugin: decimal.js embeds ln(10) and π to 1,025 digits so that any
 * precision up to 1,000 digits works. The handbook computes at 40 significant
 * digits (calculators/decimal.ts), so the browser bundle keeps 100 digits of
 * each — decimal.js then allows precision up to ~95, far above 40 — and every
 * calculator page downloads ~0.8 KB less. Build-time only; tests in Node use
 * the full library, so a too-short constant could not go unnoticed there only
 * if precision were raised above 95 (decimal.js throws "Precision limit exceeded").
 */
const DIGITS = 100;

export default function decimalConstants() {
  return {
    name: 'handbook-decimal-constants',
    enforce: 'pre',
    transform(code, id) {
      if (!/decimal\.js[\\/]decimal\.m?js$/.test(id)) return null;
      const shortened = code.replace(/\b(LN10|PI) = '(\d)\.(\d+)'/g, (_, name, int, frac) => `${name} = '${int}.${frac.slice(0, DIGITS)}'`);
      if (shortened === code) this.error('decimal.js constants not found: update src/integrations/decimal-constants.mjs');
      return { code: shortened, map: null };
    },
  };
}
