// Lint: ESLint's and typescript-eslint's recommended rules plus eslint-plugin-astro's, as Starlight
// runs them (`eslint --max-warnings 0`). Syntax-only rules (no type information) keep `npm run lint` fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist*/', '.astro/', '.fault-builds/', '.archive-builds/', '.screenshots/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names mark a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Schema tests take a parsed policy file and break it on purpose (delete a key, set a wrong type):
    // the document is untyped YAML by design there, so `any` is the honest type.
    files: ['tests/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
