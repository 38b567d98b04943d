/** Cross-file policy checks run on every build (calculators/consistency.ts via src/policy/load.ts). */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicyFile, policySchemas, type Policy, type PolicyName } from '../../calculators/policy/index';
import { policyIssues } from '../../calculators/consistency';
import { editedPolicy, policyText } from './policy-fixture';

const committed = (): Policy =>
  Object.fromEntries(
    (Object.keys(policySchemas) as PolicyName[]).map((n) => [n, parsePolicyFile(n, policyText(n))]),
  ) as Policy;

/** The committed set with governance.yaml edited. */
const withGovernance = (edit: (g: any) => void): Policy => ({
  ...committed(),
  governance: parsePolicyFile('governance', editedPolicy('governance', edit)),
});

describe('policyIssues', () => {
  it('finds nothing in the committed policy files', () => {
    expect(policyIssues(committed())).toEqual([]);
  });

  it('names the file and both fields when a limit in one file breaks governance in another', () => {
    const lower = withGovernance((g) => {
      g.riskAppetite.maxSingleBorrowerAmount = 1000;
    });
    const issues = policyIssues(lower);
    expect(
      issues.some((i) =>
        /^content\/policy\/admission\.yaml: .*gradeCaps\[0\]\.maxFacilityAmount .*maxSingleBorrowerAmount \(1000\)/.test(
          i,
        ),
      ),
    ).toBe(true);
    expect(issues.some((i) => /^content\/policy\/pricing\.yaml: pricing\.limits\.maxLoanAmount/.test(i))).toBe(true);
  });

  it('covers monitoring and portfolio too', () => {
    const escalation = policyIssues(
      withGovernance((g) => {
        g.incidentEscalationHours = 2;
      }),
    );
    expect(escalation.some((i) => i.startsWith('content/policy/monitoring.yaml: '))).toBe(true);
    const share = parse(policyText('governance')).riskAppetite.maxSingleBorrowerShareOfNetAssetsRatio as number;
    const portfolio = { ...committed() };
    portfolio.portfolio = {
      ...portfolio.portfolio,
      borrower: { ...portfolio.portfolio.borrower, maxRelatedGroupShareOfNetAssetsRatio: share / 2 },
    };
    expect(policyIssues(portfolio).some((i) => i.startsWith('content/policy/portfolio.yaml: '))).toBe(true);
  });
});
