/** content/policy/pricing.yaml and its schema: the committed grid is valid; impossible grids fail with the field named. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editedPolicy, expectRejected } from './policy-fixture';
import { parsePolicyFile, PolicyError } from '../../calculators/policy/index';
import { lookupParam, formatParam } from '../../calculators/policy/param';
import { pricingPolicyIssues, type PricingPolicy } from '../../calculators/pricing/index';

const text = readFileSync('content/policy/pricing.yaml', 'utf8');
const governance = parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8'));
const pricing = parsePolicyFile('pricing', text);

const edited = (edit: (data: any) => void) => editedPolicy('pricing', edit);
const rejects = (edit: (data: any) => void, message: RegExp) => expectRejected('pricing', edit, message);

describe('the committed pricing grid', () => {
  it('is valid and consistent with governance (cap above the costs, loan limit within the borrower limit)', () => {
    expect(pricing.grades.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(pricingPolicyIssues({ pricing, governance })).toEqual([]);
  });

  it('carries the one-year LPR and its date from regulation.md §4.3 (3.0% since 2025-05-20)', () => {
    expect(pricing.lpr.oneYearRate).toBe(0.03);
    expect(pricing.lpr.effectiveDate).toBe('2025-05-20');
    expect(pricing.lpr.judicialLineMultiple).toBe(4);
  });

  it('does not repeat the all-in APR cap, which lives in governance.yaml', () => {
    expect(text).not.toMatch(/0\.24\b/);
    expect(JSON.stringify(pricing)).not.toMatch(/AllInApr/i);
  });

  it('formats through <Param> by key suffix: pd/lgd and …Rate as percent, …Amount as money, …Months as months, the LPR date as a date', () => {
    const p = { pricing } as Record<string, unknown>;
    const show = (path: string, lang: 'zh' | 'en' = 'zh') => {
      const { key, value } = lookupParam(p, path);
      return formatParam(key, value, lang);
    };
    expect(show('pricing.grades[2].pd')).toBe('3.5%');
    expect(show('pricing.grades[2].lgd')).toBe('85%');
    expect(show('pricing.capital.hurdleRate')).toBe('15%');
    expect(show('pricing.capital.retailRiskWeightRatio')).toBe('75%');
    expect(show('pricing.limits.maxLoanAmount')).toBe('100,000.00 元');
    expect(show('pricing.limits.maxTermMonths', 'en')).toBe('36 months');
    expect(show('pricing.lpr.effectiveDate')).toBe('2025年5月20日');
    expect(show('pricing.lpr.judicialLineMultiple')).toBe('4 倍');
    expect(show('pricing.grades[2].note', 'en')).toMatch(/thin-file/);
  });
});

describe('the schema rejects impossible grids, naming the field', () => {
  it('PD outside 0–1', () => {
    rejects((d) => (d.grades[2].pd = 1.2), /grades\[2\]\.pd: PD must be below 1/);
    rejects((d) => (d.grades[0].pd = 0), /grades\[0\]\.pd: PD must be above 0/);
    rejects((d) => (d.grades[0].pd = -0.01), /grades\[0\]\.pd: PD must be above 0/);
  });

  it('LGD outside 0–1', () => {
    rejects((d) => (d.grades[1].lgd = 1.5), /grades\[1\]\.lgd: LGD cannot exceed 1/);
    rejects((d) => (d.grades[1].lgd = -0.1), /grades\[1\]\.lgd: LGD must be above 0/);
  });

  it('grades out of risk order, repeated, or fewer than five', () => {
    rejects((d) => (d.grades[3].pd = 0.02), /grades\[3\]\.pd: grades must be listed from best to worst: PD of D \(0\.02\) must be above PD of C/);
    rejects((d) => (d.grades[4].id = 'A'), /grades\[4\]\.id: grade A is listed twice/);
    rejects((d) => d.grades.pop(), /grades: at least five risk grades/);
    rejects((d) => delete d.grades[0].note.en, /grades\[0\]\.note\.en/);
  });

  it('unsorted or repeated term bands, or bands that stop short of the longest term', () => {
    rejects((d) => ([d.costs.fundingBands[0], d.costs.fundingBands[1]] = [d.costs.fundingBands[1], d.costs.fundingBands[0]]), /costs\.fundingBands\[1\]\.upToMonths: term bands must be sorted, shortest first, without repeats: 6 months follows 12/);
    rejects((d) => (d.costs.fundingBands[2].upToMonths = 12), /costs\.fundingBands\[2\]\.upToMonths: term bands must be sorted/);
    rejects((d) => d.costs.fundingBands.pop(), /costs\.fundingBands: the longest term band \(24 months\) must cover limits\.maxTermMonths \(36\)/);
  });

  it('rates that are not fractions, and a hurdle at or below what capital earns', () => {
    rejects((d) => (d.costs.operatingCostRate = 3.5), /costs\.operatingCostRate: .*<=1/);
    rejects((d) => (d.costs.fundingBands[0].fundingRate = -0.01), /fundingBands\[0\]\.fundingRate: .*>=0/);
    rejects((d) => (d.capital.hurdleRate = 0.02), /capital\.hurdleRate: the hurdle return must be above the capital yield/);
  });

  it('limits that contradict each other', () => {
    rejects((d) => (d.limits.minLoanAmount = 200000), /limits\.maxLoanAmount: must be above minLoanAmount/);
    rejects((d) => (d.limits.maxBulletTermMonths = 48), /limits\.maxBulletTermMonths: must lie between minTermMonths and maxTermMonths/);
    rejects((d) => (d.limits.maxTermMonths = 72), /limits\.maxTermMonths: personal consumer loans run at most 60 months/);
    rejects((d) => (d.exceptions.croMaxDiscountRate = 0.001), /exceptions\.croMaxDiscountRate: the CRO’s authority must be at least/);
  });

  it('a bad LPR date, a missing field and a misspelt one', () => {
    rejects((d) => (d.lpr.effectiveDate = '2025-02-30'), /lpr\.effectiveDate: not a real calendar date/);
    rejects((d) => delete d.capital.targetCapitalRatio, /capital\.targetCapitalRatio: .*expected number/);
    rejects((d) => (d.costs.targetMarginRatio = 0.01), /costs: .*targetMarginRatio/);
  });
});

describe('checks across pricing.yaml and governance.yaml', () => {
  const base: PricingPolicy = { pricing, governance };

  it('a cap below the costs of the best grade makes the grid impossible', () => {
    const low = { ...base, governance: { riskAppetite: { ...governance.riskAppetite, maxAllInAprRate: 0.12 } } };
    const issues = pricingPolicyIssues(low);
    expect(issues[0]).toMatch(/the cap governance\.riskAppetite\.maxAllInAprRate \(0\.12\) is below the costs of grade A for terms up to 6 months \(0\.122\)/);
  });

  it('a per-loan limit above the single-borrower limit', () => {
    const big = { ...base, pricing: { ...pricing, limits: { ...pricing.limits, maxLoanAmount: 300000 } } };
    expect(pricingPolicyIssues(big)).toEqual([
      'pricing.limits.maxLoanAmount (300000) exceeds governance.riskAppetite.maxSingleBorrowerAmount (200000)',
    ]);
  });
});
