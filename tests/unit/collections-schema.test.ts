import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectRejected } from './policy-fixture';
import { parsePolicyFile, policySchemas } from '../../calculators/policy/index';
import { CollectionsSchema } from '../../calculators/policy/collections';
import { lookupParam, formatParam } from '../../calculators/policy/param';

const text = readFileSync('content/policy/collections.yaml', 'utf8');
const governance = parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8'));

const reject = (edit: (data: any) => void, message: RegExp) => expectRejected('collections', edit, message);

describe('content/policy/collections.yaml', () => {
  it('is registered and valid', () => {
    expect(policySchemas.collections).toBe(CollectionsSchema);
    expect(() => parsePolicyFile('collections', text)).not.toThrow();
  });

  it('has the five stages PRE, M1, M2, M3, M3+ with the industry DPD edges', () => {
    const c = parsePolicyFile('collections', text);
    expect(c.stages.map((s) => [s.code, s.fromDays, s.toDays])).toEqual([
      ['PRE', -3, 0],
      ['M1', 1, 30],
      ['M2', 31, 60],
      ['M3', 61, 90],
      ['M3+', 91, undefined],
    ]);
  });

  it('keeps the conduct limits of GB/T 45251—2025 and the 2026 banking-association guideline', () => {
    const { contact } = parsePolicyFile('collections', text);
    expect(contact.quietHoursStart).toBe('22:00');
    expect(contact.quietHoursEnd).toBe('08:00');
    expect(contact.maxEffectiveCallsPerDay).toBe(3);
    expect(contact.maxAttemptsPerNumberPerDay).toBe(6);
    expect(contact.fieldVisitMinCollectors).toBe(2);
    expect(contact.agencyReviewMonths).toBe(12);
  });

  it('does not restate the all-in cap: the penalty rule reads it from governance (24%)', () => {
    const c = parsePolicyFile('collections', text);
    // No key of its own; a task-view text may read it ({governance.riskAppetite.maxAllInAprRate}).
    expect(JSON.stringify(c)).not.toMatch(/"maxAllInAprRate"\s*:/);
    expect(governance.riskAppetite.maxAllInAprRate).toBe(0.24);
  });
});

describe('collections schema rejects bad data, naming the field', () => {
  it.each([
    [
      'quiet hours starting after 22:00',
      (d: any) => (d.contact.quietHoursStart = '23:00'),
      /contact\.quietHoursStart: must be between 12:00 and 22:00/,
    ],
    [
      'quiet hours ending before 08:00',
      (d: any) => (d.contact.quietHoursEnd = '07:30'),
      /contact\.quietHoursEnd: must be between 08:00/,
    ],
    [
      'a time that is not HH:MM',
      (d: any) => (d.contact.quietHoursStart = '10pm'),
      /contact\.quietHoursStart: expected a time written HH:MM/,
    ],
    [
      '4 effective calls a day',
      (d: any) => (d.contact.maxEffectiveCallsPerDay = 4),
      /contact\.maxEffectiveCallsPerDay: must be at most 3 .*GB\/T 45251/,
    ],
    [
      '7 attempts on one number',
      (d: any) => (d.contact.maxAttemptsPerNumberPerDay = 7),
      /contact\.maxAttemptsPerNumberPerDay: must be at most 6/,
    ],
    [
      'a field visit by one collector',
      (d: any) => (d.contact.fieldVisitMinCollectors = 1),
      /contact\.fieldVisitMinCollectors: a field visit needs at least 2 collectors/,
    ],
    [
      'agency evaluation every 18 months',
      (d: any) => (d.contact.agencyReviewMonths = 18),
      /contact\.agencyReviewMonths: outside agencies are evaluated at least every 12 months/,
    ],
    ['a gap between stages', (d: any) => (d.stages[2].fromDays = 32), /stages\[2\]\.fromDays: must be 31 .*contiguous/],
    [
      'a pre-due stage out of step with reminderLeadDays',
      (d: any) => (d.reminderLeadDays = 5),
      /stages\[0\]\.fromDays: must be -5: the first stage is the pre-due reminder \(−reminderLeadDays\)/,
    ],
    [
      'an open-ended middle stage',
      (d: any) => delete d.stages[1].toDays,
      /stages\[1\]\.toDays: only the last stage may be open-ended/,
    ],
    ['a stage without an English name', (d: any) => delete d.stages[1].name.en, /stages\[1\]\.name\.en/],
    [
      'a waiver share above 100%',
      (d: any) => (d.approvalMatrix[0].maxWaiverRate = 1.5),
      /approvalMatrix\[0\]\.maxWaiverRate: .*<=1/,
    ],
    [
      'a higher level with less authority',
      (d: any) => (d.approvalMatrix[2].maxConcessionAmount = 100),
      /approvalMatrix\[2\]\.maxConcessionAmount: must be at least the level below it/,
    ],
    [
      'a settlement waiver no one may grant',
      (d: any) => d.approvalMatrix.forEach((l: any) => (l.maxWaiverRate = 0.3)),
      /plans\.settlementWaiverRate: must not exceed the highest approval level/,
    ],
    [
      'plans longer than 5 years',
      (d: any) => (d.plans.maxPlanMonths = 72),
      /plans\.maxPlanMonths: must be at most 60 months/,
    ],
    [
      'an affordability ratio above 1',
      (d: any) => (d.plans.affordabilityMaxRatio = 1.1),
      /plans\.affordabilityMaxRatio: .*<=1/,
    ],
    ['a catch-up longer than any plan', (d: any) => (d.plans.catchUpMaxMonths = 61), /plans\.catchUpMaxMonths/],
    ['a recovery rate of 135%', (d: any) => (d.legal.legalRecoveryRate = 1.35), /legal\.legalRecoveryRate: .*<=1/],
    [
      'a legal cost with fractions of a fen',
      (d: any) => (d.legal.legalCostAmount = 500.005),
      /legal\.legalCostAmount: an amount has at most two decimals/,
    ],
    [
      'write-off before 91 DPD',
      (d: any) => (d.writeOff.writeOffMinDpdDays = 60),
      /writeOff\.writeOffMinDpdDays: must be over 90 days/,
    ],
    [
      'a write-off chain whose last level has a limit',
      (d: any) => (d.writeOff.approvalChain[2].upToAmount = 1e6),
      /writeOff\.approvalChain\[2\]\.upToAmount: the last level must be unlimited/,
    ],
    [
      'a falling write-off chain',
      (d: any) => (d.writeOff.approvalChain[1].upToAmount = 5000),
      /writeOff\.approvalChain\[1\]\.upToAmount: must be above the level below it/,
    ],
    [
      'a batch of 2 borrowers',
      (d: any) => (d.npTransfer.minBorrowersPerBatch = 2),
      /npTransfer\.minBorrowersPerBatch: a batch has at least 3 borrowers/,
    ],
    [
      'an impossible pilot end date',
      (d: any) => (d.npTransfer.pilotEndDate = '2026-02-30'),
      /npTransfer\.pilotEndDate: not a real calendar date/,
    ],
    ['a misspelt key', (d: any) => (d.plans.maxPlanMonth = 60), /plans: .*maxPlanMonth/],
    [
      'a missing penalty uplift',
      (d: any) => delete d.penalty.penaltyUpliftRate,
      /penalty\.penaltyUpliftRate: .*expected number/,
    ],
  ])('%s', (_name, edit, message) => reject(edit, message));
});

describe('<Param> formats of collections parameters', () => {
  const policy = { collections: parsePolicyFile('collections', text), governance };
  it.each([
    ['collections.contact.quietHoursStart', 'zh', '22:00'],
    ['collections.contact.maxEffectiveCallsPerDay', 'en', '3'],
    ['collections.penalty.penaltyUpliftRate', 'zh', '50%'],
    ['collections.plans.affordabilityMaxRatio', 'en', '90%'],
    ['collections.plans.maxPlanMonths', 'zh', '60 个月'],
    ['collections.approvalMatrix[1].maxConcessionAmount', 'zh', '5,000.00 元'],
    ['collections.approvalMatrix[1].approver', 'en', 'Head of Post-Loan Management'],
    ['collections.stages[1].name', 'zh', '早期催收'],
    ['collections.stages[4].fromDays', 'en', '91 days'],
    ['collections.legal.legalRecoveryMonths', 'en', '18 months'],
    ['collections.reminderLeadDays', 'zh', '3 天'],
    ['collections.writeOff.taxTier1MaxAmount', 'en', '¥3,000,000.00'],
    ['collections.npTransfer.pilotEndDate', 'zh', '2026年12月31日'],
  ] as const)('%s in %s reads %s', (path, lang, expected) => {
    const { key, value } = lookupParam(policy, path);
    expect(formatParam(key, value, lang)).toBe(expected);
  });
});
