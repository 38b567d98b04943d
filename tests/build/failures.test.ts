/**
 * The build refuses bad content with a message that says what to fix: a
 * policy page without its metadata block, a <Param> path that does not exist,
 * invalid policy parameters, a citation of a rule the register does not hold,
 * and a citation of a rule that is no longer in force. Each case builds a small copy of the handbook
 * (the real config, components and parameter files; two pages) with one fault.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const GOOD_POLICY = readFileSync(join(ROOT, 'content/docs/policies/governance.mdx'), 'utf8');
/** The good policy with one more paragraph citing a rule (importing <Reg> if the page does not yet). */
const citing = (paragraph: string) =>
  `${GOOD_POLICY}\n\n${GOOD_POLICY.includes("import Reg from '~/components/Reg.astro'") ? '' : "import Reg from '~/components/Reg.astro';\n\n"}${paragraph}\n`;

/** Run Astro's build in `dir`; resolves with its exit code and all its output. */
function astroBuild(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '', OUT_DIR: '' },
      timeout: 240_000,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Build a two-page copy of the handbook after `fault` edits it; returns the exit code and all output. */
async function buildWith(fault: (dir: string) => void): Promise<{ status: number | null; output: string }> {
  // Inside the project, so packages resolve from its node_modules by the ordinary upward search
  // (a symlinked node_modules confuses Astro's compiler cache).
  mkdirSync(join(ROOT, '.fault-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.fault-builds', 'copy-'));
  try {
    for (const f of [
      'astro.config.mjs',
      'content.config.ts',
      'tsconfig.json',
      'package.json',
      'content/regulations.yaml',
    ])
      cpSync(join(ROOT, f), join(dir, f));
    for (const d of ['src', 'calculators', 'public', 'content/policy', 'content/i18n', 'content/glossary'])
      cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    mkdirSync(join(dir, 'content/docs/policies'), { recursive: true });
    writeFileSync(join(dir, 'content/docs/index.mdx'), '---\ntitle: 首页\n---\n\n首页。\n');
    // The synonym table's terms must occur in the pages of their language: a one-entry table for this copy.
    mkdirSync(join(dir, 'content/docs/en'), { recursive: true });
    writeFileSync(join(dir, 'content/docs/en/index.mdx'), '---\ntitle: Home\n---\n\nHome.\n');
    mkdirSync(join(dir, 'content/search'), { recursive: true });
    writeFileSync(
      join(dir, 'content/search/synonyms.yaml'),
      'zh:\n  - { words: [主页], term: 首页, note: 测试 }\nen:\n  - { words: [start], term: home, note: test }\n',
    );
    writeFileSync(join(dir, 'content/docs/policies/governance.mdx'), GOOD_POLICY);
    fault(dir);
    return await astroBuild(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Two builds at a time (the project's maxConcurrency): one build is mostly one core's work.
describe.concurrent('the build fails with a clear message', () => {
  it('builds the unmodified copy (so the failures below are the faults, not the harness)', async () => {
    const { status, output } = await buildWith(() => {});
    expect(status, output.slice(-2000)).toBe(0);
  });

  it('on a policy page without its document metadata', async () => {
    const { status, output } = await buildWith((dir) =>
      writeFileSync(
        join(dir, 'content/docs/policies/governance.mdx'),
        GOOD_POLICY.replace(/^document:[\s\S]*?(?=^---$)/m, ''),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/policies\/governance\.mdx: a policies page needs a `document:` block/);
  });

  it('on an unknown <Param> path', async () => {
    const { status, output } = await buildWith((dir) =>
      writeFileSync(
        join(dir, 'content/docs/policies/governance.mdx'),
        `${GOOD_POLICY}\n\n<Param path="governance.riskAppetite.maxNplRatoi" />\n`,
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /<Param path="governance\.riskAppetite\.maxNplRatoi">: unknown parameter "maxNplRatoi" \(known here: .*maxNplRatio/,
    );
  });

  it('on invalid policy parameters', async () => {
    const { status, output } = await buildWith((dir) => {
      const file = join(dir, 'content/policy/governance.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/maxNplRatio: [0-9.]+/, 'maxNplRatio: 2.5'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/policy\/governance\.yaml: invalid policy parameters/);
    expect(output).toMatch(/riskAppetite\.maxNplRatio/);
  });

  it('on a <Reg> citation of a rule the regulation register does not hold', async () => {
    const { status, output } = await buildWith((dir) =>
      writeFileSync(join(dir, 'content/docs/policies/governance.mdx'), citing('见 <Reg id="pipl-typo" art="21" />。')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/<Reg id="pipl-typo">: no such regulation in content\/regulations\.yaml/);
  });

  it('on a citation of a rule that has ended, unless the text marks it historical', async () => {
    const expire = (dir: string) => {
      const file = join(dir, 'content/regulations.yaml');
      // The pilot entry, marked as ended (its status), as it will be once its last day has passed.
      const text = readFileSync(file, 'utf8');
      const entry = /- id: npl-transfer-pilot-extension-2025\n[\s\S]*?(?=\n- id: |$)/.exec(text)![0];
      writeFileSync(file, text.replace(entry, entry.replace(/status: pilot/, 'status: expired')));
    };
    const cite = (attrs: string) => (dir: string) => {
      expire(dir);
      writeFileSync(
        join(dir, 'content/docs/policies/governance.mdx'),
        citing(`见 <Reg id="npl-transfer-pilot-extension-2025" ${attrs}/>。`),
      );
    };
    const [bare, marked] = await Promise.all([buildWith(cite('')), buildWith(cite('historical '))]);
    expect(bare.status).not.toBe(0);
    expect(bare.output).toMatch(
      /<Reg id="npl-transfer-pilot-extension-2025">: content\/regulations\.yaml marks this rule expired \(last day 2026-12-31\)/,
    );
    expect(marked.status, marked.output.slice(-2000)).toBe(0);
  });
});
