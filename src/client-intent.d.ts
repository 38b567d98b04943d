// The calculators' hydration directive (src/integrations/client-intent.ts).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean;
  }
}
export {};
