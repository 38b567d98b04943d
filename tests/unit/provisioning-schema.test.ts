/** content/policy/provisioning.yaml: the schema keeps out what the rules forbid and what would break the arithmetic. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editedPolicy, expectRejected } from './policy-fixture';
import { parsePolicyFile } from '../../calculators/policy/index';

const text = readFileSync('content/policy/provisioning.yaml', 'utf8');
const edited = (edit: (d: any) => void) => editedPolicy('provisioning', edit);
const rejects = (edit: (d: any) => void, message: RegExp) => expectRejected('provisioning', edit, message);

describe('provisioning policy schema', () => {
  it('accepts the committed file', () => {
    expect(() => parsePolicyFile('provisioning', text)).not.toThrow();
  });

  it('refuses DPD floors looser than the Order, and accepts stricter ones', () => {
    rejects(
      (d) => (d.classification.substandardOverDays = 91),
      /classification\.substandardOverDays: must be at most 90/,
    );
    rejects((d) => (d.classification.lossOverDays = 365), /lossOverDays: must be at most 360/);
    rejects((d) => (d.classification.doubtfulOverDays = 60), /doubtfulOverDays: must be above substandardOverDays/);
    expect(() =>
      parsePolicyFile(
        'provisioning',
        edited((d) => (d.classification.doubtfulOverDays = 180)),
      ),
    ).not.toThrow();
  });

  it('refuses an observation period shorter than 2 periods or 12 months', () => {
    rejects((d) => (d.classification.observationMinMonths = 6), /observationMinMonths: at least 12 months/);
    rejects((d) => (d.classification.observationMinPeriods = 1), /observationMinPeriods: at least 2/);
  });

  it('allows the ±20% band only for 次级 and 可疑', () => {
    rejects(
      (d) => (d.specificReserve.specialMention.chosenRatio = 0.024),
      /specialMention\.chosenRatio: must equal referenceRatio .*only to 次级 and 可疑/,
    );
    rejects((d) => (d.specificReserve.loss.chosenRatio = 0.9), /loss\.chosenRatio: must equal referenceRatio/);
    rejects(
      (d) => (d.specificReserve.substandard.chosenRatio = 0.31),
      /substandard\.chosenRatio: must be within the ±20% band .*20%–30%/,
    );
    rejects(
      (d) => (d.specificReserve.doubtful.chosenRatio = 0.39),
      /doubtful\.chosenRatio: must be within the ±20% band .*40%–60%/,
    );
    expect(() =>
      parsePolicyFile(
        'provisioning',
        edited((d) => (d.specificReserve.substandard.chosenRatio = 0.2)),
      ),
    ).not.toThrow();
    rejects((d) => (d.specificReserve.substandard.referenceRatio = 0.3), /referenceRatio: must be 0\.25/);
  });

  it('refuses a general reserve below 1% and requirements outside the 2018 ranges', () => {
    rejects((d) => (d.generalReserve.chosenRate = 0.005), /generalReserve\.chosenRate: must be at least minimumRate/);
    rejects((d) => (d.regulatory.appliedCoverageRatio = 1.1), /appliedCoverageRatio: must lie within the 2018 range/);
    rejects(
      (d) => (d.regulatory.appliedLoanProvisionRatio = 0.03),
      /appliedLoanProvisionRatio: must lie within the 2018 range/,
    );
  });

  it('refuses buckets that are not contiguous, straddle a staging threshold or get milder as arrears grow', () => {
    rejects((d) => (d.ecl.buckets[2].fromDays = 32), /ecl\.buckets\[2\]\.fromDays: must be 31/);
    rejects((d) => (d.ecl.buckets[6].toDays = 9999), /ecl\.buckets\[6\]\.toDays: the last bucket must be open-ended/);
    rejects((d) => (d.ecl.buckets[2].stage = 1), /ecl\.buckets\[2\]\.stage: must be at least 2/);
    rejects((d) => (d.ecl.buckets[4].stage = 2), /ecl\.buckets\[4\]\.stage: must be at least 3/);
    rejects(
      (d) => (d.ecl.buckets[3].lgdRate = 0.5),
      /ecl\.buckets\[3\]\.lgdRate: must not be below the previous bucket's/,
    );
    rejects(
      (d) => (d.ecl.buckets[2].pdTermStructure = [0.1]),
      /ecl\.buckets\[2\]\.pdTermStructure: year 1 PD must not be below/,
    );
    rejects(
      (d) => (d.ecl.buckets[5].category = 'substandard'),
      /ecl\.buckets\[5\]\.category: must be at least doubtful/,
    );
    rejects((d) => (d.ecl.buckets[4].pdTermStructure = [0.9]), /pdTermStructure: must be \[1\] for a stage-3 bucket/);
    rejects((d) => {
      d.ecl.buckets[1].toDays = 45;
      d.ecl.buckets[2].fromDays = 46;
    }, /ecl\.buckets\[1\]\.toDays: must end on day 30/);
  });

  it('refuses staging looser than the 30- and 90-day presumptions', () => {
    rejects((d) => (d.ecl.stage2OverDays = 45), /stage2OverDays: must be at most 30/);
    rejects((d) => (d.ecl.stage3OverDays = 120), /stage3OverDays: must be at most 90/);
  });

  it('refuses a category proxy that is unknown, of another category or out of order', () => {
    rejects((d) => (d.ecl.categoryProxy.loss = 'nowhere'), /categoryProxy\.loss: unknown bucket "nowhere"/);
    rejects(
      (d) => (d.ecl.categoryProxy.specialMention = 'current'),
      /categoryProxy\.specialMention: bucket "current" is reserved as normal/,
    );
  });
});
