#!/usr/bin/env node
/**
 * Keep a superseded version of a controlled document readable (issue 14 §3).
 *   npm run archive -- policies/pricing <commit>
 * <commit> is the last commit at which the page carried the version being superseded. The script
 * builds that commit (a git worktree) and the current tree, then writes, for zh and en:
 *   content/archive/<ID>/<version>/<lang>.html          the old text exactly as it was published (links rewritten)
 *   content/archive/<ID>/<version>/<lang>.redline.html  the change to the version that replaced it: <del> / <ins>
 *   content/archive/<ID>/<version>/meta.json            ids, versions, dates, titles
 *   content/docs/archive/<id>-<version>.mdx (+ en/)     the frozen page: out of the sidebar and of search
 * The archive is made once, when the new version is published, and committed with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { blocksOf, markdownContent, relinkFragment } from './archive/blocks.mjs';
import { redline } from './archive/redline.mjs';

const [page, commit] = process.argv.slice(2);
if (!page || !commit) {
  console.error('usage: scripts/archive-version.mjs <policies/x | procedures/x> <commit of the old version>');
  process.exit(2);
}
const ROOT = resolve(import.meta.dirname, '..');
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

const frontmatter = (text) => parse(/^---\n([\s\S]*?)\n---/.exec(text)[1]);
const oldMeta = {
  zh: frontmatter(git('show', `${commit}:content/docs/${page}.mdx`)),
  en: frontmatter(git('show', `${commit}:content/docs/en/${page}.mdx`)),
};
const newMeta = {
  zh: frontmatter(readFileSync(join(ROOT, `content/docs/${page}.mdx`), 'utf8')),
  en: frontmatter(readFileSync(join(ROOT, `content/docs/en/${page}.mdx`), 'utf8')),
};
const doc = oldMeta.zh.document;
if (!doc) throw new Error(`${page} has no document block at ${commit}`);
if (String(doc.version) === String(newMeta.zh.document.version))
  throw new Error(`${page} is still version ${doc.version}: nothing to archive`);

function build(dir, outDir) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Inside the project, so the old tree finds node_modules by the ordinary upward search (a symlinked
// node_modules confuses Astro's compiler cache; tests/build/failures.test.ts does the same).
mkdirSync(join(ROOT, '.archive-builds'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.archive-builds', 'run-'));
const oldTree = join(work, 'old');
try {
  git('worktree', 'add', '--detach', oldTree, commit);
  console.log(`building ${commit} …`);
  build(oldTree, join(work, 'dist-old'));
  console.log('building the current tree …');
  build(ROOT, join(work, 'dist-new'));

  const id = String(doc.id);
  const version = String(doc.version);
  const slug = `${id.toLowerCase()}-${version.replace(/\./g, '-')}`;
  const outDir = join(ROOT, 'content/archive', id, version);
  mkdirSync(outDir, { recursive: true });
  for (const lang of ['zh', 'en']) {
    const prefix = lang === 'en' ? 'en/' : '';
    const read = (dist) => markdownContent(readFileSync(join(work, dist, `${prefix}${page}/index.html`), 'utf8'));
    const before = read('dist-old');
    const after = read('dist-new');
    const archivePath = `${prefix}archive/${slug}/`;
    writeFileSync(
      join(outDir, `${lang}.html`),
      relinkFragment(before, { from: `${prefix}${page}/`, to: archivePath, base: '/' }),
    );
    writeFileSync(join(outDir, `${lang}.redline.html`), redline(blocksOf(before), blocksOf(after), lang));
    const mdxDir = join(ROOT, 'content/docs', prefix, 'archive');
    mkdirSync(mdxDir, { recursive: true });
    const title =
      lang === 'zh'
        ? `${oldMeta.zh.title}（第 ${version} 版，已被替代）`
        : `${oldMeta.en.title} (version ${version}, superseded)`;
    writeFileSync(
      join(mdxDir, `${slug}.mdx`),
      `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(lang === 'zh' ? `${id} 第 ${version} 版原文（已被替代，仅供查阅）及与替代版本的修订对照。` : `The text of ${id} version ${version} (superseded, for reference) and a redline against the version that replaced it.`)}\npagefind: false\nsidebar:\n  hidden: true\n---\n\nimport ArchivedVersion from '~/components/ArchivedVersion.astro';\n\n<ArchivedVersion id="${id}" version="${version}" lang="${lang}" />\n`,
    );
  }
  const iso = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
  writeFileSync(
    join(outDir, 'meta.json'),
    `${JSON.stringify(
      {
        id,
        version,
        page,
        slug,
        effective: iso(doc.effective),
        title: { zh: oldMeta.zh.title, en: oldMeta.en.title },
        supersededBy: String(newMeta.zh.document.version),
        supersededOn: iso(newMeta.zh.document.effective),
        commit: git('rev-parse', '--short', commit).trim(),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`archived ${id} ${version} → content/archive/${id}/${version}/ and content/docs/archive/${slug}.mdx`);
} finally {
  try {
    git('worktree', 'remove', '--force', oldTree);
  } catch {
    // The worktree may not exist if the build failed before it was made; nothing to clean.
  }
  rmSync(work, { recursive: true, force: true });
}
