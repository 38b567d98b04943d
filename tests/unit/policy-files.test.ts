/** Loading policy files (parsePolicyFile): every committed file is valid, a bad edit names the file and the field; <Param> lookups and formats. */
import { describe, expect, it } from 'vitest';
import { parsePolicyFile, policySchemas, PolicyError, type PolicyName } from '../../calculators/policy/index';
import { lookupParam, formatParam } from '../../calculators/policy/param';
import { editedPolicy as edited, policyText as read } from './policy-fixture';
const policy = Object.fromEntries(
  (Object.keys(policySchemas) as PolicyName[]).map((n) => [n, parsePolicyFile(n, read(n))]),
);

describe('policy parameter files', () => {
  it.each(Object.keys(policySchemas) as PolicyName[])('content/policy/%s.yaml is valid', (name) => {
    expect(() => parsePolicyFile(name, read(name))).not.toThrow();
  });

  it('names the file, the field and the problem when a value is out of range', () => {
    const text = edited('governance', (d) => (d.riskAppetite.maxNplRatio = 2.5));
    expect(() => parsePolicyFile('governance', text)).toThrow(PolicyError);
    expect(() => parsePolicyFile('governance', text)).toThrow(
      /content\/policy\/governance\.yaml: invalid policy parameters\n {2}- riskAppetite\.maxNplRatio: .*<=1/,
    );
  });

  it('rejects a missing field by name', () => {
    const text = edited('governance', (d) => delete d.policyReviewMonths);
    expect(() => parsePolicyFile('governance', text)).toThrow(/policyReviewMonths: .*expected number/);
  });

  it('rejects an unknown (misspelt) field', () => {
    const text = edited('governance', (d) => (d.riskAppetite.maxNPLRatio = 0.02));
    expect(() => parsePolicyFile('governance', text)).toThrow(/riskAppetite: .*maxNPLRatio/);
  });

  it('rejects an amount with more than two decimals', () => {
    const text = edited('governance', (d) => (d.riskAppetite.maxSingleBorrowerAmount = 200000.001));
    expect(() => parsePolicyFile('governance', text)).toThrow(
      /maxSingleBorrowerAmount: an amount has at most two decimals/,
    );
  });

  it('rejects inconsistent appetite limits', () => {
    const text = edited('governance', (d) => (d.riskAppetite.maxM1PlusRatio = 0.01));
    expect(() => parsePolicyFile('governance', text)).toThrow(/maxM1PlusRatio: must be at least maxNplRatio/);
  });

  it('rejects an institution that does not say it is fictional', () => {
    const text = edited('institution', (d) => (d.fictional = false));
    expect(() => parsePolicyFile('institution', text)).toThrow(/fictional: the institution is fictional/);
  });

  it('rejects an impossible date', () => {
    const text = edited('institution', (d) => (d.parametersAsOfDate = '2026-02-30'));
    expect(() => parsePolicyFile('institution', text)).toThrow(/parametersAsOfDate: not a real calendar date/);
  });

  it('reports broken YAML with the file name', () => {
    expect(() => parsePolicyFile('governance', 'riskAppetite: [unclosed')).toThrow(/governance\.yaml: not valid YAML/);
  });
});

describe('<Param> lookup and formats', () => {
  it.each([
    ['governance.riskAppetite.maxNplRatio', 'zh', '2.5%'],
    ['governance.riskAppetite.maxSingleBorrowerAmount', 'zh', '200,000.00 元'],
    ['governance.riskAppetite.maxSingleBorrowerAmount', 'en', '¥200,000.00'],
    ['governance.riskAppetite.minProvisionCoverageRatio', 'en', '180%'],
    ['governance.policyReviewMonths', 'zh', '12 个月'],
    ['governance.reviewReminderDays', 'en', '30 days'],
    ['governance.riskAppetite.maxStandardFundingMultiple', 'zh', '4 倍'],
    ['institution.parametersAsOfDate', 'zh', '2026年11月1日'],
    ['institution.parametersAsOfDate', 'en', '1 Nov 2026'],
    ['institution.shortName', 'en', 'Shandian Loans'],
    ['provisioning.ecl.buckets[1].category', 'zh', '关注'], // a loan category, as a label
    ['provisioning.ecl.buckets[1].category', 'en', 'Special mention'],
    ['provisioning.ecl.buckets[6].category', 'en', 'Loss'],
  ] as const)('%s in %s reads %s', (path, lang, expected) => {
    const { key, value } = lookupParam(policy, path);
    expect(formatParam(key, value, lang)).toBe(expected);
  });

  it('fails on an unknown path, naming the segment and what exists', () => {
    expect(() => lookupParam(policy, 'governance.riskAppetite.maxNpl')).toThrow(
      /unknown parameter "maxNpl" \(known here: maxNplRatio, /,
    );
    expect(() => lookupParam(policy, 'nosuchfile.x')).toThrow(/unknown parameter "nosuchfile"/);
  });

  it('refuses to print a whole group as one value', () => {
    const { key, value } = lookupParam(policy, 'governance.riskAppetite');
    expect(() => formatParam(key, value, 'zh')).toThrow(/not a single value/);
  });

  it.each([
    ['policyReviewMonths', 1, 'zh', 'every', '每月'],
    ['policyReviewMonths', 1, 'en', 'Every', 'Every month'],
    ['policyReviewMonths', 12, 'zh', 'every', '每 12 个月'],
    ['policyReviewMonths', 12, 'en', 'every', 'every 12 months'],
    ['refreshDays', 1, 'en', 'every', 'every day'],
    ['refreshDays', 7, 'zh', 'every', '每 7 天'],
  ] as const)('a frequency: %s = %i in %s (%s) reads %s', (key, value, lang, format, expected) => {
    expect(formatParam(key, value, lang, format)).toBe(expected);
  });

  it('refuses a frequency of something that is not days or months', () => {
    expect(() => formatParam('maxNplRatio', 0.025, 'zh', 'every')).toThrow(/not a number of days or months/);
  });
});
