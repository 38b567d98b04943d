/**
 * Rules of the code's shape that a reviewer would otherwise have to remember, checked on the source:
 *  - the policy layer (calculators/policy/) depends on nothing above it (calculators/README.md, "Import rule");
 *  - no test file imports another (importing one registers its suites again);
 *  - islands render only: everything they show comes from calculators/ as a value, so no number is
 *    read from typed text with Number()/parseFloat and no Decimal arithmetic happens outside chart geometry.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
/** Every module specifier a file imports or re-exports (static, dynamic and type-only). */
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('the policy layer depends on nothing above it', () => {
  const policy = files('calculators/policy', /\.ts$/);
  it('there are policy modules to check', () => expect(policy.length).toBeGreaterThan(10));
  it.each(policy)('%s imports nothing from pricing/, provisioning/ or collections/', (file) => {
    expect(
      imports(file).filter((s) => /^\.\.\/(pricing|provisioning|collections|schedule|input)(\/|$)/.test(s)),
    ).toEqual([]);
  });
});

describe('calculators/ follows its one import rule (calculators/README.md)', () => {
  // Layers, lowest first; a module imports from its own layer or a lower one only.
  const TOP = new Set(['index', 'consistency']);
  const AREA: Record<string, number> = {
    policy: 1,
    input: 2,
    schedule: 3,
    pricing: 4,
    provisioning: 4,
    collections: 5,
  };
  const layer = (file: string) => {
    const [head, rest] = relative('calculators', file).replace(/\.ts$/, '').split('/');
    return rest === undefined ? (TOP.has(head!) ? 6 : 0) : AREA[head!]!;
  };
  const modules = files('calculators', /\.ts$/).filter((f) => !f.endsWith('.d.ts'));

  it.each(modules)('%s imports nothing above its layer, and no index file but the Policy type', (file) => {
    const text = readFileSync(file, 'utf8');
    const bad = imports(file)
      .filter((s) => s.startsWith('.'))
      .filter((s) => {
        const target = join(dirname(file), s) + '.ts';
        const viaIndex =
          /(^|\/)index$/.test(s) &&
          !new RegExp(`import type \\{ Policy \\} from '${s.replace(/[./]/g, '\\$&')}'`).test(text);
        return layer(target) > layer(file) || (viaIndex && layer(file) < 6);
      });
    expect(bad).toEqual([]);
  });
});

describe('no test file imports another', () => {
  const tests = ['tests/unit', 'tests/browser', 'tests/build'].flatMap((d) => files(d, /\.ts$/));
  it.each(tests.filter((f) => f.endsWith('.test.ts')).map((f) => [f]))('%s', (file) => {
    expect(imports(file).filter((s) => /\.test(\.ts)?$/.test(s))).toEqual([]);
  });
});

describe('islands render only', () => {
  const islands = files('src/islands', /\.(tsx?|astro)$/);
  /** Chart geometry: scales and pixel positions, the one place Decimal arithmetic is presentation. */
  const GEOMETRY = [
    'pricing/Waterfall.tsx',
    'schedule/ScheduleChart.tsx',
    'provisioning/StageChart.tsx',
    'collections/OptionsChart.tsx',
  ];
  // decimal.js's arithmetic methods (long names and aliases); comparisons, rounding for display and toFixed are not arithmetic.
  const ARITHMETIC =
    /\.(plus|minus|times|mul|sub|div|dividedBy|dividedToIntegerBy|divToInt|pow|toPower|mod|modulo|neg|negated|abs|absoluteValue|sqrt|exp|ln|naturalExponential|naturalLogarithm)\(|\bDecimal\.(max|min|sum|add|sub|mul|div)\(/g;
  const NUMBER_FROM_TEXT = /\bNumber\(|\bparseFloat\(|\bparseInt\(|\bNumber\.parse(Float|Int)\(/g;
  const hits = (file: string, re: RegExp) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.match(re) ? [`${relative('src/islands', file)}:${i + 1}: ${line.trim()}`] : []));

  it('there are islands to check, and every allow-listed file exists', () => {
    expect(islands.length).toBeGreaterThan(20);
    for (const f of GEOMETRY) expect(islands).toContain(join('src/islands', f));
  });

  it('no Number(), parseFloat or parseInt on typed text (parse with calculators/input)', () => {
    expect(islands.flatMap((f) => hits(f, NUMBER_FROM_TEXT))).toEqual([]);
  });

  it('no Decimal arithmetic outside chart geometry (the value comes from calculators/)', () => {
    const checked = islands.filter((f) => !GEOMETRY.includes(relative('src/islands', f)));
    expect(checked.flatMap((f) => hits(f, ARITHMETIC))).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    expect('const n = Number(s.n);'.match(NUMBER_FROM_TEXT)).not.toBeNull();
    expect('a.minus(b).times(100)'.match(ARITHMETIC)?.length).toBe(2);
    expect('Decimal.max(a, b)'.match(ARITHMETIC)).not.toBeNull();
    expect('x.isNeg() ? a.gt(b) : a.toFixed(2)'.match(ARITHMETIC)).toBeNull();
  });
});
