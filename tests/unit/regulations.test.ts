/** The regulation register (content/regulations.yaml) and the citations the text makes of it. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadRegister } from '../../src/regulations/load';
import { RegisterSchema } from '../../src/regulations/schema';
import { allCitations, citationsIn } from '../../src/regulations/citations';

const register = loadRegister();

describe('the regulation register', () => {
  it('is valid, with an English title, a summary in both languages and a status for every entry', () => {
    expect(register.length).toBeGreaterThanOrEqual(3);
    for (const r of register) {
      expect(r.title.en.length, r.id).toBeGreaterThan(3);
      expect(r.summary.zh.length, r.id).toBeGreaterThan(20);
      expect(r.summary.en.length, r.id).toBeGreaterThan(40);
    }
  });

  it('holds the December 2025 cost guideline without a number, and flags the NPL-transfer pilot ending 2026-12-31', () => {
    const guideline = register.find((r) => r.id === 'micro-lender-cost-guideline-2025');
    expect(guideline?.number).toBeNull();
    const pilot = register.find((r) => r.id === 'npl-transfer-pilot-extension-2025');
    expect([pilot?.status, pilot?.expires]).toEqual(['pilot', '2026-12-31']);
  });

  it('rejects a duplicate id, a superseded entry without its successor, and dates out of order', () => {
    const one = register[0]!;
    expect(RegisterSchema.safeParse([one, one]).success).toBe(false);
    expect(RegisterSchema.safeParse([{ ...one, status: 'superseded' }]).success).toBe(false);
    expect(RegisterSchema.safeParse([{ ...one, issued: '2030-01-01' }]).success).toBe(false);
    expect(RegisterSchema.safeParse([{ ...one, number: undefined }]).success).toBe(false); // null must be said, not left out
  });
});

describe('citations', () => {
  it('every <Reg id> in the handbook names an entry of the register', () => {
    const ids = new Set(register.map((r) => r.id));
    const unknown = allCitations()
      .filter((c) => !ids.has(c.regId))
      .map((c) => `${c.path}: ${c.regId}`);
    expect(unknown).toEqual([]);
  });

  it('are found with their page, document id, section and anchor, outside code blocks', () => {
    const root = mkdtempSync(join(tmpdir(), 'reg-'));
    mkdirSync(join(root, 'content/docs/en/policies'), { recursive: true });
    const page = [
      '---',
      'title: Compliance',
      'document:',
      '  id: RP-07',
      '---',
      '',
      'Intro <Reg id="pipl" />.',
      '',
      '## 3. Personal information and *consent*',
      '',
      'Outsourcing is entrusted processing (<Reg id="pipl" art="21" />) and <Reg id="civil-code" art="188" short />.',
      '',
      '```',
      '<Reg id="in-code" />',
      '```',
    ].join('\n');
    writeFileSync(join(root, 'content/docs/en/policies/compliance.mdx'), page);
    const found = citationsIn(join(root, 'content/docs/en/policies/compliance.mdx'), root);
    expect(found.map((c) => [c.regId, c.art, c.lang, c.path, c.docId, c.section, c.anchor])).toEqual([
      ['pipl', '', 'en', 'en/policies/compliance/', 'RP-07', '', ''],
      [
        'pipl',
        '21',
        'en',
        'en/policies/compliance/',
        'RP-07',
        '3. Personal information and consent',
        '3-personal-information-and-consent',
      ],
      [
        'civil-code',
        '188',
        'en',
        'en/policies/compliance/',
        'RP-07',
        '3. Personal information and consent',
        '3-personal-information-and-consent',
      ],
    ]);
  });
});
