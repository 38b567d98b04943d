// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/sidebar.mjs';
import csp from './src/integrations/csp.ts';
import decimalSlim from './src/integrations/decimal-slim.ts';
import islandBundle from './src/integrations/island-bundle.ts';
import clientIntent from './src/integrations/client-intent.ts';
import staffSearch from './src/search/integration.ts';

/**
 * BASE_PATH lets the handbook live under a sub-path of an intranet server,
 * e.g. BASE_PATH=/handbook/ npm run build. Default: the site root.
 * Content links are written relative (../../procedures/x/), so they keep both
 * the base path and the reader's language without any rewriting.
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // Astro's special folders (content.config.ts, pages/) sit at the project root so
  // Starlight finds the handbook in ./content/docs (see README, "Layout").
  srcDir: '.',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  vite: {
    plugins: [decimalSlim(), islandBundle()],
    // terser squeezes the calculator islands ~1 KB more than the default minifier (size budget: 30 KB each);
    // SOURCEMAP=1 writes source maps to see what an island is made of.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } }, sourcemap: !!process.env.SOURCEMAP },
  },
  integrations: [
    starlight({
      title: { 'zh-CN': '闪电贷风险政策与操作手册', en: 'Shandian Loans Risk Handbook' },
      description: '闪电贷（虚构机构）的信贷风险政策、操作规程与计算器。',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      lastUpdated: true,
      pagination: true,
      credits: false,
      sidebar,
      components: {
        PageTitle: './src/overrides/PageTitle.astro',
        Search: './src/overrides/Search.astro',
        MarkdownContent: './src/overrides/MarkdownContent.astro',
        LanguageSelect: './src/overrides/LanguageSelect.astro',
        Sidebar: './src/overrides/Sidebar.astro',
      },
      customCss: ['./src/styles/handbook.css', './src/styles/calculators.css'],
      pagefind: { ranking: { metaWeights: { title: 5 } } },
    }),
    preact(),
    clientIntent(),
    staffSearch(), // pagefind-staff/pagefind.js: Pagefind's API with the forgiving search (src/search/)
    csp(), // last: hashes the final HTML
  ],
});
