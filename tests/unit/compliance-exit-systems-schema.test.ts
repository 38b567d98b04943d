import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { expectRejected } from './policy-fixture';
import { parse } from 'yaml';
import { parsePolicyFile, policySchemas } from '../../calculators/policy/index';
import { ComplianceSchema } from '../../calculators/policy/compliance';
import { ExitSchema } from '../../calculators/policy/exit';
import { SystemsSchema } from '../../calculators/policy/systems';
import { formatParam, lookupParam } from '../../calculators/policy/param';

const read = (name: string) => readFileSync(`content/policy/${name}.yaml`, 'utf8');

const rejects = expectRejected;

describe('content/policy/compliance.yaml (RP-07)', () => {
  it('is registered and valid', () => {
    expect(policySchemas.compliance).toBe(ComplianceSchema);
    expect(() => parsePolicyFile('compliance', read('compliance'))).not.toThrow();
  });

  it('rejects a value out of range, naming the field', () => {
    rejects('compliance', (d) => (d.disclosure.liveCheckSampleShare = 1.5), /disclosure\.liveCheckSampleShare: .*<=1/);
    rejects('compliance', (d) => (d.training.passScore = 40), /training\.passScore: .*>=60/);
    rejects(
      'compliance',
      (d) => (d.personalInformation.incidentReportHours = 48),
      /personalInformation\.incidentReportHours: must be at most 24 hours/,
    );
  });

  it('rejects inconsistent fields', () => {
    rejects(
      'compliance',
      (d) => (d.training.frontLineAnnualHours = 6),
      /training\.frontLineAnnualHours: must be at least annualHours/,
    );
    rejects(
      'compliance',
      (d) => (d.personalInformation.declinedRetentionMonths = 72),
      /personalInformation\.declinedRetentionMonths: .*(<=60|must not exceed customerRetentionMonths)/,
    );
    rejects(
      'compliance',
      (d) => (d.personalInformation.humanReviewResponseDays = 20),
      /humanReviewResponseDays: must not exceed requestResponseDays/,
    );
  });

  it('rejects a misspelt field by name', () => {
    rejects('compliance', (d) => (d.complaints.acknowledgeHour = 24), /complaints: .*acknowledgeHour/);
  });

  it('renders through <Param> with the format its key implies', () => {
    const policy = { compliance: parsePolicyFile('compliance', read('compliance')) };
    const show = (path: string, lang: 'zh' | 'en') => {
      const { key, value } = lookupParam(policy, path);
      return formatParam(key, value, lang);
    };
    expect(show('compliance.disclosure.liveCheckSampleShare', 'zh')).toBe('10%');
    expect(show('compliance.personalInformation.customerRetentionMonths', 'zh')).toBe('60 个月');
    expect(show('compliance.personalInformation.requestResponseDays', 'en')).toBe('15 days');
    expect(show('compliance.training.annualHours', 'en')).toBe('12');
  });
});

describe('content/policy/exit.yaml (RP-08)', () => {
  it('is registered and valid', () => {
    expect(policySchemas.exit).toBe(ExitSchema);
    expect(() => parsePolicyFile('exit', read('exit'))).not.toThrow();
  });

  it('rejects a value out of range, naming the field', () => {
    rejects(
      'exit',
      (d) => (d.extension.maxExtensionMonths = 72),
      /extension\.maxExtensionMonths: must be at most 60 months/,
    );
    rejects(
      'exit',
      (d) => (d.nplTransfer.eligibleMinDpdDays = 60),
      /nplTransfer\.eligibleMinDpdDays: must be over 90 days/,
    );
    rejects(
      'exit',
      (d) => (d.creditInsurance.insurerMinSolvencyRatio = 0.8),
      /creditInsurance\.insurerMinSolvencyRatio: must be at least 1/,
    );
    rejects(
      'exit',
      (d) => (d.extension.deptHeadMaxAmount = 100.005),
      /extension\.deptHeadMaxAmount: an amount has at most two decimals/,
    );
  });

  it('rejects inconsistent fields', () => {
    rejects(
      'exit',
      (d) => (d.extension.decisionDays = 5),
      /extension\.decisionDays: must be shorter than applicationLeadDays/,
    );
    rejects(
      'exit',
      (d) => (d.creditInsurance.claimAfterDpdDays = 200),
      /creditInsurance\.claimAfterDpdDays: must be less than nplTransfer\.eligibleMinDpdDays/,
    );
    rejects(
      'exit',
      (d) => (d.securitisation.leverageWarningRatio = 1),
      /securitisation\.leverageWarningRatio: must be between 0 and 1/,
    );
  });

  it('keeps extended loans within the longest total term and below the term the company lends for', () => {
    const exit = parsePolicyFile('exit', read('exit'));
    const pricing = parsePolicyFile('pricing', read('pricing'));
    expect(pricing.limits.maxTermMonths + exit.extension.maxExtensionMonths).toBeLessThanOrEqual(60);
    // The collections procedures (OP-02, OP-03) own the 5-year total term and the litigation threshold;
    // read as plain YAML so this test does not depend on that schema.
    if (existsSync('content/policy/collections.yaml')) {
      const collections = parse(read('collections'));
      expect(pricing.limits.maxTermMonths + exit.extension.maxExtensionMonths).toBeLessThanOrEqual(
        collections.plans.consumerLoanMaxTermMonths,
      );
      // A loan is offered for transfer only after litigation has been considered for it.
      expect(exit.nplTransfer.eligibleMinDpdDays).toBeGreaterThanOrEqual(collections.legal.legalMinDpdDays);
    }
  });
});

describe('content/policy/systems.yaml (RP-09)', () => {
  it('is registered and valid', () => {
    expect(policySchemas.systems).toBe(SystemsSchema);
    expect(() => parsePolicyFile('systems', read('systems'))).not.toThrow();
  });

  it('rejects a value out of range, naming the field', () => {
    rejects('systems', (d) => (d.platform.coreAvailabilityRatio = 1.2), /platform\.coreAvailabilityRatio: .*<=1/);
    rejects(
      'systems',
      (d) => (d.platform.coreAvailabilityRatio = 0.5),
      /platform\.coreAvailabilityRatio: must be at least 0\.9/,
    );
    rejects(
      'systems',
      (d) => (d.models.highTierValidationMonths = 18),
      /models\.highTierValidationMonths: must be at most 12 months/,
    );
    rejects(
      'systems',
      (d) => (d.security.logRetentionMonths = 3),
      /security\.logRetentionMonths: must be at least 6 months/,
    );
  });

  it('rejects inconsistent fields', () => {
    rejects(
      'systems',
      (d) => (d.models.mediumTierValidationMonths = 6),
      /models\.mediumTierValidationMonths: must be at least highTierValidationMonths/,
    );
    rejects(
      'systems',
      (d) => (d.models.lowTierValidationMonths = 12),
      /models\.lowTierValidationMonths: must be at least mediumTierValidationMonths/,
    );
    rejects(
      'systems',
      (d) => (d.security.highPatchDays = 3),
      /security\.highPatchDays: must be at least criticalPatchDays/,
    );
    rejects(
      'systems',
      (d) => (d.platform.recoveryPointMinutes = 600),
      /platform\.recoveryPointMinutes: must not exceed recoveryTimeHours/,
    );
  });

  it('validates the pricing model at least as often as any other high-tier model', () => {
    const systems = parsePolicyFile('systems', read('systems'));
    const pricing = parsePolicyFile('pricing', read('pricing'));
    expect(pricing.validation.fullValidationMonths).toBeLessThanOrEqual(systems.models.highTierValidationMonths);
  });
});
