/**
 * The provisioning calculators' answers to the calculators review (issue 16): observation-period facts
 * only for a restructured loan (#17), the paste box (#25), the ratio below its floor (#26), the bucket
 * reserved more strictly than the classifier (#27), the rate's fraction rule, the CSV's header block
 * (#10) and errors that name their field (#24). Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { D } from '../../calculators/decimal';
import { CalcError } from '../../calculators/errors';
import { parsePolicyFile } from '../../calculators/policy/index';
import {
  classifyLoan,
  coverageRatios,
  eclLine,
  floorMissed,
  parseAnnualPercent,
  portfolioReserve,
  readPastedBalances,
  stricterDays,
} from '../../calculators/provisioning/index';
import { parseRate } from '../../calculators/input/rate';
import { reserveCsv } from '../../src/islands/provisioning/csv-export';
import { reserveStrings } from '../../src/islands/provisioning/reserve-strings';
import { CATEGORY_NAMES } from '../../calculators/policy/categories';

const policy = parsePolicyFile('provisioning', readFileSync('content/policy/provisioning.yaml', 'utf8'));
const appetite = { minProvisionCoverageRatio: 1.8, minLoanProvisionRatio: 0.03 };

describe('observation-period facts count only for a restructured loan (review #17)', () => {
  const facts = ['missed-during-observation', 'restructured-again'] as const;

  it('a non-restructured loan at 0 DPD with both facts set is 正常, performing, stage 1', () => {
    const c = classifyLoan({ dpd: 0, otherTriggers: [...facts] }, policy);
    expect(c.category).toBe('normal');
    expect(c.nonPerforming).toBe(false);
    expect(c.stage).toBe(1);
    expect(c.inObservation).toBe(false);
    expect(c.hits).toEqual([]);
  });

  it.each(facts)('%s alone on a non-restructured loan changes nothing', (f) => {
    expect(classifyLoan({ dpd: 45, otherTriggers: [f] }, policy)).toEqual(classifyLoan({ dpd: 45 }, policy));
  });

  it.each(facts)('%s still makes a restructured loan 可疑 (stage 3)', (f) => {
    const c = classifyLoan({ dpd: 0, restructured: true, otherTriggers: [f] }, policy);
    expect(c.category).toBe('doubtful');
    expect(c.stage).toBe(3);
    expect(c.decidedBy).toBe(f);
  });

  it('the other facts still apply to a non-restructured loan', () => {
    const c = classifyLoan({ dpd: 0, otherTriggers: ['evasion', 'missed-during-observation'] }, policy);
    expect(c.category).toBe('doubtful');
    expect(c.hits.map((h) => h.id)).toEqual(['evasion']);
  });
});

describe('the reserve paste box (review #25)', () => {
  it('skips header cells before the first number (a label column with its header row)', () => {
    const text = '分类\t余额\r\n正常\t8,000,000\r\n关注\t500,000\r\n次级\t150,000\r\n可疑\t60,000\r\n损失\t20,000\r\n';
    expect(readPastedBalances(text, 5, 7)).toEqual({
      values: ['8,000,000', '500,000', '150,000', '60,000', '20,000'],
      fits: true,
      fitsOther: false,
    });
    // One row with a header cell in front.
    expect(readPastedBalances('余额\t1\t2\t3\t4\t5', 5, 7).values).toEqual(['1', '2', '3', '4', '5']);
  });

  it('reads the accounting dashes "-", "–", "—" as 0', () => {
    const p = readPastedBalances('8000000\n-\n–\n—\n20000', 5, 7);
    expect(p.values).toEqual(['8000000', '0', '0', '0', '20000']);
    expect(p.fits).toBe(true);
  });

  it('keeps a word after the first number (it is that field’s error, not a header)', () => {
    expect(readPastedBalances('1\nabc\n3', 3, 5).values).toEqual(['1', 'abc', '3']);
  });

  it('says when the count fits the other mode: 5 values with 7 buckets, 7 with 5 categories', () => {
    expect(readPastedBalances('1\n2\n3\n4\n5', 7, 5)).toMatchObject({ fits: false, fitsOther: true });
    expect(readPastedBalances('1\n2\n3\n4\n5\n6\n7', 5, 7)).toMatchObject({ fits: false, fitsOther: true });
    expect(readPastedBalances('1\n2\n3', 7, 5)).toMatchObject({ fits: false, fitsOther: false });
    expect(readPastedBalances('', 7, 5).values).toEqual([]);
  });
});

describe('a ratio below its floor (review #26)', () => {
  // The review's case: 322,391.58 ÷ 230,000 = 140.17% < 150%; 322,391.58 ÷ 8,730,000 = 3.69% ≥ 2.5% and ≥ 3%.
  const c = coverageRatios('322391.58', '8730000', '230000', policy, appetite);

  it('names the regulatory floor (150%) when the coverage is below it, before the stricter appetite', () => {
    const q = floorMissed(c, 'coverage')!;
    expect(q.source).toBe('regulatory');
    expect(q.minCoverage.toNumber()).toBe(policy.regulatory.appliedCoverageRatio);
    expect(floorMissed(c, 'loanProvision')).toBeUndefined();
  });

  it('names the appetite when only that floor is missed (160% is above 150%, below 180%)', () => {
    const q = floorMissed(coverageRatios('368000', '8730000', '230000', policy, appetite), 'coverage')!;
    expect(q.source).toBe('appetite');
  });

  it('compares at the precision shown: 149.9996% shows as 150.00% and is not flagged; no NPLs is not flagged', () => {
    // 14,999.96 ÷ 10,000 = 1.499996 → 1.5000 at four places; 14,999.49 ÷ 10,000 = 1.499949 → 1.4999.
    expect(floorMissed(coverageRatios('14999.96', '100000', '10000', policy), 'coverage')).toBeUndefined();
    expect(floorMissed(coverageRatios('14999.49', '100000', '10000', policy), 'coverage')?.source).toBe('regulatory');
    expect(floorMissed(coverageRatios('0', '100000', '0', policy), 'coverage')).toBeUndefined();
  });
});

describe('the bucket reserved more strictly than the classifier (review #27)', () => {
  it('finds 181–360 DPD reserved as 可疑 while days 181–270 classify as 次级', () => {
    const s = stricterDays(policy);
    expect(s.map((x) => [x.bucket.id, x.bucket.category, x.fromDays, x.toDays, x.classified])).toEqual([
      ['dpd181to360', 'doubtful', 181, 270, 'substandard'],
    ]);
    // The same days through the classifier itself.
    expect(classifyLoan({ dpd: 181 }, policy).category).toBe('substandard');
    expect(classifyLoan({ dpd: 270 }, policy).category).toBe('substandard');
    expect(classifyLoan({ dpd: 271 }, policy).category).toBe('doubtful');
  });

  it('is empty when every bucket matches its floor', () => {
    const split = structuredClone(policy);
    split.classification.doubtfulOverDays = 180;
    expect(stricterDays(split)).toEqual([]);
  });
});

describe('the effective rate follows the fraction rule of every rate field', () => {
  it('reads 0.18 as 18% with parseRate’s note', () => {
    const p = parseAnnualPercent('0.18');
    expect(p.ok && p.value.eq('0.18')).toBe(true);
    const q = parseRate('0.18');
    expect(p.ok && p.note).toEqual(q.ok && q.note);
    expect(p.ok && p.note?.zh).toBe('按 18% 计算；如指 0.18%，请输入 0.18%。');
  });

  it('keeps 18, 18% and 0.18% as they were, without a note', () => {
    for (const [text, value] of [
      ['18', '0.18'],
      ['18%', '0.18'],
      ['0.18%', '0.0018'],
      ['0', '0'],
    ] as const) {
      const p = parseAnnualPercent(text);
      expect(p.ok && p.value.eq(value)).toBe(true);
      expect(p.ok && p.note).toBeUndefined();
    }
    expect(parseAnnualPercent('1%/月').ok).toBe(false);
  });
});

describe('errors that name their field (review #24)', () => {
  it('classifyLoan names the day count it refuses', () => {
    const e = (() => {
      try {
        classifyLoan({ dpd: -1 }, policy);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(CalcError);
    expect((e as CalcError).field).toBe('dpd');
  });

  it('the ECL names the rate and the term it refuses', () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (x) {
        return (x as CalcError).field;
      }
    };
    expect(field(() => eclLine({ balance: 1, annualRate: D(2) }, policy))).toBe('annualRate');
    expect(field(() => eclLine({ balance: 1, remainingMonths: 0 }, policy))).toBe('remainingMonths');
  });
});

describe('the reserve CSV starts with what it is about (review #10)', () => {
  it('inputs, EIR, term, NPLs and NPL ratio, policy version, local time and link, before the tables', () => {
    const balances = ['8000000', '300000', '120000', '80000', '150000', '60000', '20000'];
    const res = portfolioReserve(
      { by: 'bucket', balances, annualRate: D('0.18'), remainingMonths: 18 },
      policy,
      appetite,
    );
    const t = reserveStrings.zh;
    const csv = reserveCsv({
      lang: 'zh',
      t,
      categoryName: (c) => CATEGORY_NAMES[c].zh,
      policy,
      policyVersion: 'RP-06 v2.1 (2026-12-04)',
      link: 'https://x.test/handbook/calculators/reserve/?r=18%25',
      by: 'bucket',
      labels: policy.ecl.buckets.map((b) => b.name.zh),
      rate: D('0.18'),
      months: 18,
      res,
    });
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // NPL = 91–180 + 181–360 + over 360 = 150,000 + 60,000 + 20,000 = 230,000; ÷ 8,730,000 = 0.026346…
    expect(lines.slice(0, 16)).toEqual([
      '输入',
      '余额口径,按逾期分段',
      '未逾期,8000000.00',
      '逾期1–30天,300000.00',
      '逾期31–60天,120000.00',
      '逾期61–90天,80000.00',
      '逾期91–180天,150000.00',
      '逾期181–360天,60000.00',
      '逾期360天以上,20000.00',
      '实际利率（年）,0.180000',
      '剩余期限（月）,18',
      '不良贷款余额,230000.00',
      '不良贷款率,0.026346',
      '所用政策,RP-06 v2.1 (2026-12-04)',
      expect.stringMatching(/^计算时间（本地）,\d{4}-\d\d-\d\d \d\d:\d\d$/),
      '链接,https://x.test/handbook/calculators/reserve/?r=18%25',
    ]);
    expect(lines[16]).toBe('');
    expect(lines[17]).toBe('分类,余额,计提比例,计提额');
  });
});
