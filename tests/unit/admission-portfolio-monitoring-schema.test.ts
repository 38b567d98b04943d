/**
 * content/policy/{admission,portfolio,monitoring}.yaml (RP-02, RP-04, RP-05): each committed file
 * passes its schema and agrees with governance.yaml; a bad value fails with the field named.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editedPolicy } from './policy-fixture';
import { parse } from 'yaml';
import { parsePolicyFile, PolicyError } from '../../calculators/policy/index';
import { lookupParam, formatParam } from '../../calculators/policy/param';
import { admissionPolicyIssues } from '../../calculators/policy/admission';
import { portfolioPolicyIssues } from '../../calculators/policy/portfolio';
import { monitoringPolicyIssues } from '../../calculators/policy/monitoring';

type Name = 'admission' | 'portfolio' | 'monitoring';
const read = (name: Name | 'governance') => readFileSync(`content/policy/${name}.yaml`, 'utf8');
const governance = parsePolicyFile('governance', read('governance'));
const admission = parsePolicyFile('admission', read('admission'));
const portfolio = parsePolicyFile('portfolio', read('portfolio'));
const monitoring = parsePolicyFile('monitoring', read('monitoring'));

const edited = editedPolicy;
const rejects = (name: Name, edit: (data: any) => void, message: RegExp) => {
  const bad = edited(name, edit);
  expect(() => parsePolicyFile(name, bad)).toThrow(PolicyError);
  expect(() => parsePolicyFile(name, bad)).toThrow(
    new RegExp(`content/policy/${name}\\.yaml: invalid policy parameters`),
  );
  expect(() => parsePolicyFile(name, bad)).toThrow(message);
};

describe('the committed files', () => {
  it.each(['admission', 'portfolio', 'monitoring'] as const)('content/policy/%s.yaml passes its schema', (name) => {
    expect(() => parsePolicyFile(name, read(name))).not.toThrow();
  });

  it('agree with governance.yaml', () => {
    expect(admissionPolicyIssues({ admission, governance })).toEqual([]);
    expect(portfolioPolicyIssues({ portfolio, governance })).toEqual([]);
    expect(monitoringPolicyIssues({ monitoring, governance })).toEqual([]);
  });

  it('do not repeat the single-borrower caps, which live in governance.yaml', () => {
    for (const name of ['admission', 'portfolio', 'monitoring'] as const) {
      expect(JSON.stringify(parse(read(name)))).not.toMatch(/maxSingleBorrower|incidentEscalation/);
    }
  });
});

describe('admission.yaml (RP-02) rejects bad values by field', () => {
  it.each<[string, (d: any) => void, RegExp]>([
    ['a minor', (d) => (d.applicant.minAge = 16), /applicant\.minAge: a borrower must be an adult/],
    ['an unknown field', (d) => (d.applicant.minAgee = 20), /applicant: .*minAgee/],
    [
      'an empty manual-review band',
      (d) => (d.score.autoApproveMinScore = d.score.manualReviewMinScore),
      /score\.autoApproveMinScore: must be above manualReviewMinScore/,
    ],
    [
      'DTI thresholds the wrong way round',
      (d) => (d.affordability.manualReviewDebtToIncomeRatio = 0.7),
      /affordability\.manualReviewDebtToIncomeRatio: must be below maxDebtToIncomeRatio/,
    ],
    [
      'a DTI above 100%',
      (d) => (d.affordability.maxDebtToIncomeRatio = 60),
      /affordability\.maxDebtToIncomeRatio: .*<=1/,
    ],
    [
      'a lax face match',
      (d) => (d.verification.faceMatchMinScore = 30),
      /verification\.faceMatchMinScore: a face-match threshold below 50/,
    ],
    [
      'grade caps not best first',
      (d) => (d.facility.gradeCaps[3].maxFacilityAmount = 500000),
      /facility\.gradeCaps\[3\]\.maxFacilityAmount: grades are listed best first/,
    ],
    [
      'a grade listed twice',
      (d) => (d.facility.gradeCaps[1].grade = 'A'),
      /facility\.gradeCaps\[1\]\.grade: grade A is listed twice/,
    ],
    [
      'a business cap above the law',
      (d) => (d.facility.businessMaxFacilityAmount = 20_000_000),
      /facility\.businessMaxFacilityAmount: may not exceed the ¥10,000,000 legal cap/,
    ],
    [
      'an amount in fractions of a fen',
      (d) => (d.applicant.minMonthlyIncomeAmount = 3000.005),
      /applicant\.minMonthlyIncomeAmount: an amount has at most two decimals/,
    ],
    [
      'a first facility above every cap',
      (d) => (d.facility.newCustomerMaxFacilityAmount = 180000),
      /facility\.newCustomerMaxFacilityAmount: the first facility .* may not exceed/,
    ],
    [
      'a field-visit line no facility reaches',
      (d) => (d.verification.fieldVisitAboveAmount = 2_000_000),
      /verification\.fieldVisitAboveAmount: must be below facility\.businessMaxFacilityAmount/,
    ],
  ])('%s', (_label, edit, message) => rejects('admission', edit, message));

  it('flags a grade cap above the legal single-borrower amount in governance', () => {
    const big = parsePolicyFile(
      'admission',
      edited('admission', (d) => (d.facility.gradeCaps[0].maxFacilityAmount = 250000)),
    );
    expect(admissionPolicyIssues({ admission: big, governance })).toEqual([
      expect.stringMatching(
        /gradeCaps\[0\]\.maxFacilityAmount \(250000\) exceeds governance\.riskAppetite\.maxSingleBorrowerAmount \(200000\)/,
      ),
    ]);
  });
});

describe('portfolio.yaml (RP-04) rejects bad values by field', () => {
  it.each<[string, (d: any) => void, RegExp]>([
    [
      'a group limit above the law',
      (d) => (d.borrower.maxRelatedGroupShareOfNetAssetsRatio = 0.2),
      /borrower\.maxRelatedGroupShareOfNetAssetsRatio: may not exceed the legal 15%/,
    ],
    [
      'a city limit above its province',
      (d) => (d.region.maxSingleCityShareRatio = 0.3),
      /region\.maxSingleCityShareRatio: a city lies within a province/,
    ],
    [
      'a warning at the limit',
      (d) => (d.warningTriggerShare = 1),
      /warningTriggerShare: the warning must come before the limit/,
    ],
    [
      'a scenario that lowers PD',
      (d) => (d.stress.scenarios[0].pdMultiple = 0.8),
      /stress\.scenarios\[0\]\.pdMultiple: a stress scenario may not lower PD/,
    ],
    [
      'scenarios out of order',
      (d) => (d.stress.scenarios[2].lgdAddRatio = 0.01),
      /stress\.scenarios\[2\]\.lgdAddRatio: scenarios are listed mildest first/,
    ],
    ['too few scenarios', (d) => d.stress.scenarios.pop(), /stress\.scenarios: at least three scenarios/],
    [
      'a scenario without its English name',
      (d) => delete d.stress.scenarios[1].name.en,
      /stress\.scenarios\[1\]\.name\.en: /,
    ],
    [
      'a zero-day remediation deadline',
      (d) => (d.breach.remediationPlanDays = 0),
      /breach\.remediationPlanDays: .*>=1/,
    ],
    [
      'stress tests less than yearly',
      (d) => (d.stress.regularIntervalMonths = 18),
      /stress\.regularIntervalMonths: stress tests run at least once a year/,
    ],
  ])('%s', (_label, edit, message) => rejects('portfolio', edit, message));

  it('flags a group limit below the single-borrower limit in governance', () => {
    const low = parsePolicyFile(
      'portfolio',
      edited('portfolio', (d) => (d.borrower.maxRelatedGroupShareOfNetAssetsRatio = 0.05)),
    );
    expect(portfolioPolicyIssues({ portfolio: low, governance })).toEqual([
      expect.stringMatching(
        /maxRelatedGroupShareOfNetAssetsRatio \(0\.05\) is below governance\.riskAppetite\.maxSingleBorrowerShareOfNetAssetsRatio \(0\.1\)/,
      ),
    ]);
  });
});

describe('monitoring.yaml (RP-05) rejects bad values by field', () => {
  it.each<[string, (d: any) => void, RegExp]>([
    [
      'watched borrowers checked less often',
      (d) => (d.frequency.watchBureauRefreshMonths = 12),
      /frequency\.watchBureauRefreshMonths: a watched borrower is checked at least as often/,
    ],
    [
      'a sample share above 100%',
      (d) => (d.frequency.usageCheckSampleShare = 5),
      /frequency\.usageCheckSampleShare: .*<=1/,
    ],
    [
      'a red deadline longer than orange',
      (d) => (d.levels[2].respondHours = 48),
      /levels\[2\]\.respondHours: a more severe level needs a shorter deadline/,
    ],
    [
      'levels out of order',
      (d) => ([d.levels[0], d.levels[1]] = [d.levels[1], d.levels[0]]),
      /levels\[0\]\.id: level 1 must be yellow/,
    ],
    [
      'PSI thresholds the wrong way round',
      (d) => (d.models.psiAction = 0.05),
      /models\.psiAction: must be above psiWarning/,
    ],
    [
      'a vintage multiple of 1',
      (d) => (d.signals.vintageM1Multiple = 1),
      /signals\.vintageM1Multiple: a vintage alert needs a multiple above 1/,
    ],
    ['a missing field', (d) => delete d.incident.planDays, /incident\.planDays: .*expected number/],
  ])('%s', (_label, edit, message) => rejects('monitoring', edit, message));

  it('flags an incident team that meets after the escalation deadline in governance', () => {
    const slow = parsePolicyFile(
      'monitoring',
      edited('monitoring', (d) => (d.incident.teamConveneHours = 48)),
    );
    expect(monitoringPolicyIssues({ monitoring: slow, governance })).toEqual([
      expect.stringMatching(/teamConveneHours \(48\) exceeds governance\.incidentEscalationHours \(24\)/),
    ]);
  });
});

describe('<Param> formats of the new keys', () => {
  const policy = { admission, portfolio, monitoring };
  it.each([
    ['admission.affordability.maxDebtToIncomeRatio', 'zh', '60%'],
    ['admission.facility.gradeCaps[0].maxFacilityAmount', 'en', '¥150,000.00'],
    ['admission.creditReport.maxReportAgeDays', 'zh', '30 天'],
    ['admission.facility.validityMonths', 'en', '12 months'],
    ['admission.score.autoApproveMinScore', 'zh', '660'],
    ['portfolio.stress.scenarios[2].pdMultiple', 'zh', '3 倍'],
    ['portfolio.stress.scenarios[0].name', 'en', 'Mild'],
    ['portfolio.region.maxSingleCityShareRatio', 'en', '8%'],
    ['monitoring.levels[2].respondHours', 'zh', '4'],
    ['monitoring.models.psiAction', 'en', '0.25'],
    ['monitoring.incident.majorEventBalanceAmount', 'zh', '5,000,000.00 元'],
  ] as const)('%s in %s reads %s', (path, lang, expected) => {
    const { key, value } = lookupParam(policy, path);
    expect(formatParam(key, value, lang)).toBe(expected);
  });
});
