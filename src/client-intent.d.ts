// The calculators' hydration directive (src/integrations/client-intent.mjs).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean;
  }
}
export {};
