/** content/policy/pricing.yaml and its schema: the committed grid is valid; impossible grids fail with the field named. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectRejected } from './policy-fixture';
import { parsePolicyFile } from '../../calculators/policy/index';
import { lookupParam, formatParam } from '../../calculators/policy/param';
import { pricingFeasibilityIssues, type PricingPolicy } from '../../calculators/pricing/index';
import { pricingPolicyIssues as parameterIssues } from '../../calculators/policy/pricing';

/** The pricing checks calculators/consistency.ts runs: the parameters, then whether the best grade fits under the cap. */
const pricingPolicyIssues = (p: PricingPolicy) => [...parameterIssues(p), ...pricingFeasibilityIssues(p)];

const text = readFileSync('content/policy/pricing.yaml', 'utf8');
const governance = parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8'));
const lpr = parsePolicyFile('lpr', readFileSync('content/policy/lpr.yaml', 'utf8'));
const pricing = parsePolicyFile('pricing', text);

const rejects = (edit: (data: any) => void, message: RegExp) => expectRejected('pricing', edit, message);

describe('the committed pricing grid', () => {
  it('is valid and consistent with governance (cap above the costs, loan limit within the borrower limit)', () => {
    expect(pricing.grades.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(pricingPolicyIssues({ pricing, lpr, governance })).toEqual([]);
  });

  it('dates the December 2025 cost guideline’s milestones and the company’s glide path to 4 × LPR from 2028-01-01', () => {
    expect(pricing.costGuideline).toEqual({
      reportedDate: '2025-12-24',
      shareReductionDate: '2026-12-31',
      fullComplianceDate: '2027-12-31',
      shortLoanMaxMonths: 1,
    });
    expect(pricing.costCap.maxRate.map((s) => [s.from, s.value])).toEqual([
      ['2020-01-01', 0.24],
      ['2027-01-01', 0.18],
    ]);
    expect(pricing.costCap.lprMultiple?.map((s) => [s.from, s.value])).toEqual([['2028-01-01', 4]]);
  });

  it('formats through <Param> by key suffix: pd/lgd and …Rate as percent, …Amount as money, …Months as months, the LPR date as a date', () => {
    const p = { pricing } as Record<string, unknown>;
    const show = (path: string, lang: 'zh' | 'en' = 'zh') => {
      const { key, value } = lookupParam(p, path);
      return formatParam(key, value, lang);
    };
    expect(show('pricing.grades[2].pd')).toBe('3.5%');
    expect(show('pricing.grades[2].lgd')).toBe('85%');
    expect(show('pricing.capital.hurdleRate')).toBe('12%');
    expect(show('pricing.capital.retailRiskWeightRatio')).toBe('75%');
    expect(show('pricing.limits.maxLoanAmount')).toBe('100,000.00 元');
    expect(show('pricing.limits.maxTermMonths', 'en')).toBe('36 months');
    expect(show('pricing.costGuideline.fullComplianceDate')).toBe('2027年12月31日');
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
    rejects(
      (d) => (d.grades[3].pd = 0.02),
      /grades\[3\]\.pd: grades must be listed from best to worst: PD of D \(0\.02\) must be above PD of C/,
    );
    rejects((d) => (d.grades[4].id = 'A'), /grades\[4\]\.id: grade A is listed twice/);
    rejects((d) => d.grades.pop(), /grades: at least five risk grades/);
    rejects((d) => delete d.grades[0].note.en, /grades\[0\]\.note\.en/);
  });

  it('unsorted or repeated term bands, or bands that stop short of the longest term', () => {
    rejects(
      (d) => ([d.costs.fundingBands[0], d.costs.fundingBands[1]] = [d.costs.fundingBands[1], d.costs.fundingBands[0]]),
      /costs\.fundingBands\[1\]\.upToMonths: term bands must be sorted, shortest first, without repeats: 6 months follows 12/,
    );
    rejects(
      (d) => (d.costs.fundingBands[2].upToMonths = 12),
      /costs\.fundingBands\[2\]\.upToMonths: term bands must be sorted/,
    );
    rejects(
      (d) => d.costs.fundingBands.pop(),
      /costs\.fundingBands: the longest term band \(24 months\) must cover limits\.maxTermMonths \(36\)/,
    );
  });

  it('rates that are not fractions, and a hurdle at or below what capital earns', () => {
    rejects((d) => (d.costs.operatingCostRate = 3.5), /costs\.operatingCostRate: .*<=1/);
    rejects((d) => (d.costs.fundingBands[0].fundingRate = -0.01), /fundingBands\[0\]\.fundingRate: .*>=0/);
    rejects(
      (d) => (d.capital.hurdleRate = 0.02),
      /capital\.hurdleRate: the hurdle return must be above the capital yield/,
    );
  });

  it('limits that contradict each other', () => {
    rejects((d) => (d.limits.minLoanAmount = 200000), /limits\.maxLoanAmount: must be above minLoanAmount/);
    rejects(
      (d) => (d.limits.maxBulletTermMonths = 48),
      /limits\.maxBulletTermMonths: must lie between minTermMonths and maxTermMonths/,
    );
    rejects(
      (d) => (d.limits.maxTermMonths = 72),
      /limits\.maxTermMonths: personal consumer loans run at most 60 months/,
    );
    rejects(
      (d) => (d.exceptions.croMaxDiscountRate = 0.001),
      /exceptions\.croMaxDiscountRate: the CRO’s authority must be at least/,
    );
  });

  it('a bad guideline date, a missing field and a misspelt one', () => {
    rejects(
      (d) => (d.costGuideline.fullComplianceDate = '2027-02-30'),
      /costGuideline\.fullComplianceDate: not a real calendar date/,
    );
    rejects(
      (d) => (d.costGuideline.shareReductionDate = '2028-06-30'),
      /costGuideline\.fullComplianceDate: the guideline dates must run/,
    );
    rejects((d) => delete d.capital.targetCapitalRatio, /capital\.targetCapitalRatio: .*expected number/);
    rejects((d) => (d.costs.targetMarginRatio = 0.01), /costs: .*targetMarginRatio/);
  });
});

describe('checks across pricing.yaml and governance.yaml', () => {
  const base: PricingPolicy = { pricing, lpr, governance };
  const withCap = (costCap: Partial<typeof pricing.costCap>): PricingPolicy => ({
    ...base,
    pricing: { ...pricing, costCap: { ...pricing.costCap, ...costCap } },
  });

  it('a cap below the costs of the best grade makes the grid impossible', () => {
    const issues = pricingPolicyIssues(withCap({ lprMultiple: [{ from: '2028-01-01', value: 2.5 }] }));
    // 2.5 × 3.00% = 7.5% is below grade A's 8.85% for terms up to 6 months (3.6% + 2.5% + 0.75% + 1.5% + 0.5%).
    expect(issues[0]).toMatch(
      /the cost cap in force from 2028-01-01 \(0\.075\) is below the costs of grade A for terms up to 6 months \(0\.0885\)/,
    );
  });

  it('a cap step above the hard 24% line, or a glide path that misses the guideline’s end-2027 deadline', () => {
    expect(pricingPolicyIssues(withCap({ maxRate: [{ from: '2020-01-01', value: 0.3 }] }))[0]).toMatch(
      /costCap\.maxRate from 2020-01-01 \(0\.3\) is above the hard line governance\.riskAppetite\.maxAllInAprRate \(0\.24\)/,
    );
    expect(pricingPolicyIssues(withCap({ lprMultiple: [{ from: '2028-07-01', value: 4 }] }))).toEqual([
      'costCap.lprMultiple must hold a step of at most 4 × LPR from 2028-01-01 or earlier (costGuideline.fullComplianceDate 2027-12-31)',
    ]);
  });

  it('dated steps out of order, or a required value that starts after the first contract date', () => {
    rejects(
      (d) => d.costCap.maxRate.reverse(),
      /costCap\.maxRate\[1\]\.from: steps must be in ascending date order without repeats: 2020-01-01 follows 2027-01-01/,
    );
    rejects(
      (d) => (d.costCap.maxRate[0].from = '2021-01-01'),
      /costCap\.maxRate\[0\]\.from: no value before 2021-01-01: a required parameter must have a step from 2020-01-01 or earlier/,
    );
    rejects((d) => (d.costCap.maxRate[1].from = '2027-02-30'), /costCap\.maxRate\[1\]\.from: not a real calendar date/);
  });

  it('a per-loan limit above the single-borrower limit', () => {
    const big = { ...base, pricing: { ...pricing, limits: { ...pricing.limits, maxLoanAmount: 300000 } } };
    expect(pricingPolicyIssues(big)).toEqual([
      'pricing.limits.maxLoanAmount (300000) exceeds governance.riskAppetite.maxSingleBorrowerAmount (200000)',
    ]);
  });
});
