/** Registers client:intent (see client-intent-directive.ts): calculators hydrate when the reader starts to use them. */
import { fileURLToPath } from 'node:url';
export default function clientIntent() {
  return {
    name: 'client-intent',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./client-intent-directive.ts', import.meta.url)) });
      },
    },
  };
}
