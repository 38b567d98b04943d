/**
 * coverageRatios: 拨备覆盖率 (reserve ÷ NPL) and 贷款拨备率 (reserve ÷ loans)
 * against the requirements, RP-06 §5. Under 《商业银行贷款损失准备管理办法》
 * (银监会令2011年第4号) Art. 7 whichever requirement needs the larger reserve binds, so the
 * required reserve is max(NPL × coverage minimum, loans × loan-provision minimum);
 * the shortfall is what the reserve lacks of it, in 元 (rounded half-up to the fen).
 *
 * `totalReserve` is the reserve the ratios are measured on: under RP-06 §5 the
 * reserve on the regulatory basis (booked ECL allowance + general risk reserve);
 * portfolioReserve also measures them on the booked allowance alone.
 */
import { D, Decimal, ZERO, roundFen, type DecimalInput } from '../decimal';
import type { Bilingual } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { balanceOf } from './five-tier';

export interface Requirement {
  source: 'regulatory' | 'appetite';
  name: Bilingual;
  minCoverage: Decimal;
  minLoanProvision: Decimal;
  requiredByCoverage: Decimal;
  requiredByLoanProvision: Decimal;
  /** The larger of the two. */
  required: Decimal;
  binding: 'coverage' | 'loan-provision';
  shortfall: Decimal;
  met: boolean;
}

export interface CoverageResult {
  /** reserve ÷ NPL; null when there are no NPLs (the ratio is not defined). */
  coverage: Decimal | null;
  /** reserve ÷ loans; null for an empty portfolio. */
  loanProvision: Decimal | null;
  requirements: Requirement[];
  /** The requirement with the largest required reserve. */
  binding: Requirement;
}

/** The institution's risk appetite (content/policy/governance.yaml riskAppetite), stricter than the regulatory figure. */
export interface Appetite {
  minProvisionCoverageRatio: number;
  minLoanProvisionRatio: number;
}

function requirement(
  source: Requirement['source'],
  name: Bilingual,
  minCoverage: number,
  minLoan: number,
  reserve: Decimal,
  loans: Decimal,
  npl: Decimal,
): Requirement {
  const requiredByCoverage = roundFen(npl.times(minCoverage));
  const requiredByLoanProvision = roundFen(loans.times(minLoan));
  const byCoverage = requiredByCoverage.gte(requiredByLoanProvision);
  const required = byCoverage ? requiredByCoverage : requiredByLoanProvision;
  const shortfall = Decimal.max(ZERO, required.minus(reserve));
  return {
    source,
    name,
    minCoverage: D(minCoverage),
    minLoanProvision: D(minLoan),
    requiredByCoverage,
    requiredByLoanProvision,
    required,
    binding: byCoverage ? 'coverage' : 'loan-provision',
    shortfall,
    met: shortfall.isZero(),
  };
}

/**
 * Provision coverage (reserve ÷ NPL) and loan provision ratio (reserve ÷ loans) against the regulatory
 * requirements (and the risk appetite's, when given), with the reserve they require and any shortfall.
 *
 * @example coverageRatios('322391.58', '8730000', '230000', policy.provisioning).coverage // 1.4017… (140.17%, below 150%)
 */
export function coverageRatios(
  totalReserve: DecimalInput,
  totalLoans: DecimalInput,
  npl: DecimalInput,
  policy: Provisioning,
  appetite?: Appetite,
): CoverageResult {
  const reserve = balanceOf(totalReserve, 'reserve', true);
  const loans = balanceOf(totalLoans, 'loans', true);
  const bad = balanceOf(npl, 'NPL', true);
  const requirements = [
    requirement(
      'regulatory',
      { zh: '监管要求（本公司执行值）', en: 'Regulatory (as applied)' },
      policy.regulatory.appliedCoverageRatio,
      policy.regulatory.appliedLoanProvisionRatio,
      reserve,
      loans,
      bad,
    ),
  ];
  if (appetite) {
    requirements.push(
      requirement(
        'appetite',
        { zh: '风险偏好', en: 'Risk appetite' },
        appetite.minProvisionCoverageRatio,
        appetite.minLoanProvisionRatio,
        reserve,
        loans,
        bad,
      ),
    );
  }
  const binding = requirements.reduce((a, b) => (b.required.gt(a.required) ? b : a));
  return {
    coverage: bad.isZero() ? null : reserve.div(bad),
    loanProvision: loans.isZero() ? null : reserve.div(loans),
    requirements,
    binding,
  };
}

/**
 * The requirement a ratio falls below, for the ratio's card (calculators review #26): of the floors it
 * misses, the lowest (so the regulatory one before the stricter appetite); undefined when it meets them
 * all or is not defined. Compared at the precision shown, two decimals of a percent, so a card never
 * says "150.00%, below 150%".
 *
 * @example floorMissed(coverageRatios(322391.58, 8730000, 230000, policy), 'coverage')?.minCoverage // 1.5 (140.17% < 150%)
 */
export function floorMissed(result: CoverageResult, ratio: 'coverage' | 'loanProvision'): Requirement | undefined {
  const value = result[ratio];
  if (!value) return undefined;
  const shown = value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  const floor = (q: Requirement) => (ratio === 'coverage' ? q.minCoverage : q.minLoanProvision);
  return result.requirements
    .filter((q) => shown.lt(floor(q)))
    .reduce<Requirement | undefined>((a, q) => (!a || floor(q).lt(floor(a)) ? q : a), undefined);
}
