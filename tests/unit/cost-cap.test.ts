/**
 * The December 2025 cost guideline by contract date: lprOn over the LPR fixings, costCapOn over the
 * company's glide path, RP-10's one comparison rule, grade availability, and the property that no
 * approved offer costs more than the cap in force on its date.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parsePolicyFile } from '../../calculators/policy/index';
import {
  costCapOn,
  evaluateOffer,
  gradeAvailability,
  lprOn,
  priceLoan,
  withinCostCap,
  type PricingPolicy,
} from '../../calculators/pricing/index';
import { REPAYMENT_METHODS, type RepaymentMethod } from '../../calculators/schedule/index';
import { CalcError } from '../../calculators/errors';
import { D } from '../../calculators/decimal';
import { localToday } from '../../calculators/dated';
import { runs } from './runs';

const load = <K extends 'pricing' | 'lpr' | 'governance'>(name: K) =>
  parsePolicyFile(name, readFileSync(`content/policy/${name}.yaml`, 'utf8'));
const policy: PricingPolicy = { pricing: load('pricing'), lpr: load('lpr'), governance: load('governance') };

describe('lprOn: the one-year LPR in force on a date (regulation.md §4.3)', () => {
  it.each([
    ['2020-04-20', '0.0385'], // 3.85% from 2020-04-20 (confirmed by fixtures)
    ['2020-08-20', '0.0385'], // the day 法释〔2020〕17号 took effect: 4 × 3.85% = 15.4%
    ['2024-10-20', '0.0335'], // the day before the October 2024 cut
    ['2024-10-21', '0.031'], // 3.10% from 2024-10-21
    ['2025-05-19', '0.031'],
    ['2025-05-20', '0.03'], // 3.00% from 2025-05-20 (PBOC)
    ['2026-04-20', '0.03'], // unchanged for 11 months running (CCTV)
  ])('on %s it is %s', (date, rate) => {
    expect(lprOn(date, policy).eq(rate)).toBe(true);
  });

  it('4 × LPR gives the published lines: 15.4% from 2020-08-20, 12.4% from 2024-10-21, 12.0% from 2025-05-20', () => {
    expect(lprOn('2020-08-20', policy).times(4).eq('0.154')).toBe(true);
    expect(lprOn('2024-12-01', policy).times(4).eq('0.124')).toBe(true);
    expect(lprOn('2025-06-01', policy).times(4).eq('0.12')).toBe(true);
  });

  it('defaults to today and rejects what is not a date with CalcError', () => {
    expect(lprOn(undefined, policy).eq(lprOn(localToday(), policy))).toBe(true);
    for (const bad of ['2026-02-30', '2019-01-01', 'tomorrow', '2026/12/04'])
      expect(() => lprOn(bad, policy)).toThrow(CalcError);
  });
});

describe('costCapOn: the all-in ceiling of a new loan by contract date', () => {
  it('is 24% today, 18% from 2027-01-01 and 4 × LPR from 2028-01-01 (the guideline’s end-2027 target)', () => {
    const on = (contractDate: string) => costCapOn({ contractDate, termMonths: 12 }, policy);
    expect(on('2026-12-04')).toMatchObject({ basis: 'fixed-rate', effectiveFrom: '2020-01-01' });
    expect(on('2026-12-04').rate.eq('0.24')).toBe(true);
    expect(on('2026-12-31').rate.eq('0.24')).toBe(true);
    expect(on('2027-01-01').rate.eq('0.18')).toBe(true);
    expect(on('2027-12-31').rate.eq('0.18')).toBe(true);
    const y2028 = on('2028-01-01');
    expect(y2028).toMatchObject({ basis: 'lpr-multiple', effectiveFrom: '2028-01-01' });
    expect(y2028.rate.eq(D('0.03').times(4))).toBe(true);
    expect(y2028.source.zh).toContain('4 倍一年期 LPR（3.00%');
    expect(y2028.source.en).toMatch(/^4 × the one-year LPR \(3\.00% since 20 May 2025\)/);
  });

  it('names the next scheduled change, so the calculator can show it', () => {
    const today = costCapOn({ contractDate: '2026-12-04', termMonths: 12 }, policy);
    expect(today.next?.from).toBe('2027-01-01');
    expect(today.next?.rate.eq('0.18')).toBe(true);
    expect(costCapOn({ contractDate: '2027-06-01', termMonths: 12 }, policy).next?.from).toBe('2028-01-01');
    expect(costCapOn({ contractDate: '2029-01-01', termMonths: 12 }, policy).next).toBeNull();
  });

  it('holds loans of one month or less to the same line and says so', () => {
    const short = costCapOn({ contractDate: '2026-12-04', termMonths: 1 }, policy);
    expect(short.rate.eq('0.24')).toBe(true);
    expect(short.source.zh).toContain('一个月以内');
    expect(costCapOn({ contractDate: '2026-12-04', termMonths: 3 }, policy).source.zh).not.toContain('一个月以内');
  });

  it('rejects a bad date or term with CalcError', () => {
    expect(() => costCapOn({ contractDate: '2026-13-01', termMonths: 12 }, policy)).toThrow(CalcError);
    expect(() => costCapOn({ contractDate: '2026-12-04', termMonths: 0 }, policy)).toThrow(CalcError);
    expect(() => costCapOn({ contractDate: '2026-12-04', termMonths: 1.5 }, policy)).toThrow(CalcError);
  });
});

describe('RP-10’s one comparison with a cap: at the disclosed 0.01%', () => {
  it('allows exactly the cap and what rounds to it, refuses what discloses above it', () => {
    expect(withinCostCap(D('0.24'), D('0.24'))).toBe(true);
    expect(withinCostCap(D('0.24000029'), D('0.24'))).toBe(true); // the fen-rounded 24% instalment (calculators review #2)
    expect(withinCostCap(D('0.240049999'), D('0.24'))).toBe(true);
    expect(withinCostCap(D('0.24005'), D('0.24'))).toBe(false); // shown as 24.01%
  });

  it('an offer at exactly 24.00% is not refused for its fen rounding (calculators review #2: 50,000 元, 24 months)', () => {
    const offer = evaluateOffer(
      {
        grade: 'C',
        amount: '50000',
        termMonths: 24,
        method: 'equal-instalment',
        offeredRate: '0.24',
        contractDate: '2026-12-04',
      },
      policy,
    );
    expect(offer.apr.simple.gt('0.24')).toBe(true); // the IRR itself is a hair above
    expect(offer.checks.find((c) => c.id === 'apr-cap')?.status).toBe('pass');
    expect(offer.approval).not.toBe('above-cap');
  });
});

describe('priceLoan and evaluateOffer take the contract date', () => {
  const loan = { grade: 'C', amount: '50000', termMonths: 12, method: 'equal-instalment' as const };
  it('the same 20% offer passes in 2026 and is above the cap in 2027 and 2028', () => {
    const at = (contractDate: string) => evaluateOffer({ ...loan, offeredRate: '0.2', contractDate }, policy);
    expect(at('2026-12-04').approval).not.toBe('above-cap');
    expect(at('2027-01-01').approval).toBe('above-cap');
    expect(at('2028-01-01').approval).toBe('above-cap');
    expect(at('2028-01-01').price.costCap.rate.eq('0.12')).toBe(true);
  });

  it('reports the contract date, the cap and the LPR it used', () => {
    const p = priceLoan({ ...loan, contractDate: '2028-02-01' }, policy);
    expect(p.contractDate).toBe('2028-02-01');
    expect(p.lpr.eq('0.03')).toBe(true);
    expect(p.checks.find((c) => c.id === 'lpr-line')?.status).toBe('pass'); // 4 × LPR binds from 2028
    expect(
      priceLoan({ ...loan, contractDate: '2026-12-04' }, policy).checks.find((c) => c.id === 'lpr-line')?.status,
    ).toBe('info');
  });

  it('gives no exception approver to an offer outside the amount or term limits, whatever its rate', () => {
    const big = evaluateOffer({ ...loan, amount: '150000', offeredRate: '0.11', contractDate: '2026-12-04' }, policy);
    expect(big.approval).toBe('outside-limits');
    const long = evaluateOffer({ ...loan, termMonths: 48, offeredRate: '0.2', contractDate: '2026-12-04' }, policy);
    expect(long.approval).toBe('outside-limits');
  });
});

describe('gradeAvailability: which grades can be served on a date', () => {
  it('serves every grade today and stops serving D and E from 2028 at 12 months', () => {
    const status = (contractDate: string) =>
      gradeAvailability({ contractDate, termMonths: 12 }, policy).grades.map((g) => `${g.grade.id}:${g.status}`);
    expect(status('2026-12-04')).toEqual(['A:open', 'B:open', 'C:open', 'D:open', 'E:open']);
    expect(status('2028-01-01')).toEqual(['A:open', 'B:open', 'C:open', 'D:closed', 'E:closed']);
  });

  it('gives the date a grade stops being served and the expected loss that would fit', () => {
    const d = gradeAvailability({ contractDate: '2026-12-04', termMonths: 12 }, policy).grades.find(
      (g) => g.grade.id === 'D',
    )!;
    expect(d.change).toEqual({ from: '2028-01-01', status: 'closed' });
    const in2028 = gradeAvailability({ contractDate: '2028-01-01', termMonths: 12 }, policy).grades.find(
      (g) => g.grade.id === 'D',
    )!;
    // 12% − (3.8% funding + 2.5% operating + 1.5% capital + 0.5% margin) = 3.7% of expected loss at most; D carries 5.4%.
    expect(in2028.maxExpectedLossOpen.eq('0.037')).toBe(true);
    expect(in2028.expectedLoss.eq('0.054')).toBe(true);
  });
});

const dateArb = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('property: no approved offer costs more than the cap in force on its date', () => {
  it('for random grades, terms, methods, fees, offered rates and contract dates 2026–2029', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policy.pricing.grades.map((g) => g.id)),
        fc.integer({ min: 1, max: 48 }),
        fc.constantFrom<RepaymentMethod>(...REPAYMENT_METHODS),
        fc.integer({ min: 0, max: 3000 }).map((bp) => (bp / 10000).toFixed(4)),
        fc.constantFrom('0', '200', '800'),
        dateArb,
        (grade, termMonths, method, offeredRate, upfront, contractDate) => {
          const offer = evaluateOffer(
            { grade, amount: '30000', termMonths, method, offeredRate, contractDate, fees: { upfrontAmount: upfront } },
            policy,
          );
          if (['none', 'risk-head', 'cro'].includes(offer.approval)) {
            const cap = costCapOn({ contractDate, termMonths }, policy);
            expect(withinCostCap(offer.apr.simple, cap.rate)).toBe(true);
            expect(offer.checks.every((c) => c.status !== 'fail')).toBe(true);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
