/**
 * Registers client:intent (client-intent-directive.ts): calculators hydrate when the reader starts
 * to use them.
 *
 * Why it exists: hydrating on sight (client:visible) was the one long task on a calculator page on
 * a mid-range phone (PERFORMANCE.md). How to remove it: replace `client:intent` with
 * `client:visible` in the islands' .astro wrappers, drop `clientIntent()` from astro.config.mjs,
 * and delete this file, the directive and src/client-intent.d.ts; tests/browser/hydration.test.ts
 * then needs its "downloads no calculator script" case dropped.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function clientIntent(): AstroIntegration {
  return {
    name: 'client-intent',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'intent',
          entrypoint: fileURLToPath(new URL('./client-intent-directive.ts', import.meta.url)),
        });
      },
    },
  };
}
