/**
 * Repayment schedules: 等额本息 (equal instalments), 等额本金 (equal principal)
 * and 按月付息、到期还本 (interest only), with optional fees.
 *
 * Rounding (RP-10 计算规则, binding):
 *  - periodic rate r = annual rate ÷ 12, kept at full precision;
 *  - the level instalment A = P·r·(1+r)^n / ((1+r)^n − 1) (P ÷ n when r = 0) is rounded half-up to the fen;
 *  - each period's interest = balance × r, rounded half-up to the fen;
 *  - equal principal repays P ÷ n rounded half-up each period;
 *  - the monthly fee = original principal × fee rate, rounded half-up to the fen;
 *  - the last period repays the whole remaining balance, so principal repaid = P exactly and the balance ends at 0.00.
 */
import { D, Decimal, ONE, ZERO, roundFen, type DecimalInput } from '../decimal';
import { CalcError, type Bilingual } from '../errors';

export type RepaymentMethod = 'equal-instalment' | 'equal-principal' | 'interest-only';
export const REPAYMENT_METHODS: readonly RepaymentMethod[] = ['equal-instalment', 'equal-principal', 'interest-only'];

/**
 * Fees the borrower bears. Nothing is ever deducted from the proceeds: the amount disbursed is the
 * contract principal (民法典 Art. 670; RP-07), and an upfront fee is paid separately at signing,
 * so the borrower's net cash at t0 is principal − upfront fee, which the annualised rate counts.
 */
export interface Fees {
  /** 元, paid by the borrower separately at disbursement (never withheld from the loan). */
  upfrontAmount?: DecimalInput;
  /** Fraction of the ORIGINAL principal charged every month (分期手续费), e.g. '0.006'. */
  monthlyFeeRate?: DecimalInput;
}

export interface AmortizeInput {
  principal: DecimalInput;
  /** Annual contract rate as a fraction (0.049 = 4.9%). */
  annualRate: DecimalInput;
  termMonths: number;
  method: RepaymentMethod;
  fees?: Fees;
}

export interface ScheduleRow {
  period: number;
  /** principal + interest + fee */
  payment: Decimal;
  principal: Decimal;
  interest: Decimal;
  fee: Decimal;
  /** Remaining principal after this payment. */
  balance: Decimal;
}

export interface Schedule {
  rows: ScheduleRow[];
  /**
   * fees = upfront fee + all monthly fees; payment = sum of the rows (the upfront fee is not in it);
   * allIn = payment + upfront fee: everything the borrower pays over the life.
   */
  totals: { payment: Decimal; principal: Decimal; interest: Decimal; fees: Decimal; allIn: Decimal };
  upfrontFee: Decimal;
  /** The periodic rate r = annual ÷ 12, at full precision. */
  monthlyRate: Decimal;
  /** 等额本息's level instalment A before fees, rounded half-up to the fen (what the formula gives; the last row may differ). */
  instalment: Decimal;
  /** 等额本金's principal per period, P ÷ n rounded half-up to the fen. */
  equalPrincipal: Decimal;
  /**
   * 等额本金's monthly decrease (每月递减): equal principal × r, rounded half-up to the fen. Each period's
   * interest falls by this much; a row may differ from it by a fen because each interest is rounded on its own.
   */
  monthlyDecrease: Decimal;
  /** The amount disbursed: always the contract principal. */
  disbursed: Decimal;
  /** principal − upfront fee paid at signing: the borrower's net cash at t0, what the annualised rate is measured on. */
  netProceeds: Decimal;
}

/**
 * The level instalment of 等额本息 before rounding.
 *
 * @example levelInstalment(D(100000), D('0.01'), 12) // 8884.8789… (rounded to the fen by amortize: 8884.88)
 */
export function levelInstalment(principal: Decimal, monthlyRate: Decimal, n: number): Decimal {
  if (monthlyRate.isZero()) return principal.div(n);
  const growth = ONE.plus(monthlyRate).pow(n);
  return principal.times(monthlyRate).times(growth).div(growth.minus(1));
}

/** `field`: the input responsible (AmortizeInput's name for it), so an island can show the message under that field. */
function invalid(message: Bilingual, field?: 'principal' | 'annualRate' | 'termMonths' | 'upfrontFee' | 'fees'): never {
  throw new CalcError('invalid-input', message, field);
}

/**
 * The repayment schedule of a loan: every period's payment, principal, interest, fee and balance, with totals.
 * Throws CalcError('invalid-input') for a principal ≤ 0 or with more than two decimals, a negative rate or fee,
 * a term outside 1–600 whole months, or an upfront fee that reaches the principal.
 *
 * @example amortize({ principal: '100000', annualRate: '0.12', termMonths: 12, method: 'equal-instalment' }).rows[0].payment // 8884.88
 * @example // … .totals.interest // 6618.53
 */
export function amortize(input: AmortizeInput): Schedule {
  const P = D(input.principal);
  const annual = D(input.annualRate);
  const n = input.termMonths;
  if (!P.isFinite() || P.lte(0) || P.decimalPlaces() > 2)
    invalid(
      {
        zh: '本金须为大于 0、最多两位小数的金额。',
        en: 'The principal must be a positive amount with at most two decimals.',
      },
      'principal',
    );
  if (!annual.isFinite() || annual.isNeg())
    invalid({ zh: '利率不能为负数。', en: 'The rate cannot be negative.' }, 'annualRate');
  if (!Number.isInteger(n) || n < 1 || n > 600)
    invalid(
      { zh: '期限须为 1–600 个整月。', en: 'The term must be a whole number of months from 1 to 600.' },
      'termMonths',
    );

  const upfrontFee = roundFen(D(input.fees?.upfrontAmount ?? 0));
  const feeRate = D(input.fees?.monthlyFeeRate ?? 0);
  if (upfrontFee.isNeg() || feeRate.isNeg())
    invalid({ zh: '费用不能为负数。', en: 'Fees cannot be negative.' }, upfrontFee.isNeg() ? 'upfrontFee' : 'fees');
  if (upfrontFee.gte(P))
    invalid(
      { zh: '一次性费用须低于贷款金额。', en: 'The upfront fee must be less than the loan amount.' },
      'upfrontFee',
    );

  const r = annual.div(12);
  const fee = roundFen(P.times(feeRate));
  const instalment = roundFen(levelInstalment(P, r, n));
  const equalPrincipal = roundFen(P.div(n));

  const rows: ScheduleRow[] = [];
  let balance = P;
  let interestTotal = ZERO;
  for (let period = 1; period <= n; period++) {
    const interest = roundFen(balance.times(r));
    let principal: Decimal;
    if (period === n) principal = balance;
    else if (input.method === 'equal-instalment') principal = instalment.minus(interest);
    else if (input.method === 'equal-principal') principal = equalPrincipal;
    else principal = ZERO;
    // Never repay more than is owed, nor less than nothing (tiny loans where the instalment rounds below the interest).
    if (principal.gt(balance)) principal = balance;
    else if (principal.isNeg()) principal = ZERO;
    balance = balance.minus(principal);
    interestTotal = interestTotal.plus(interest);
    const payment = principal.plus(interest);
    rows.push({ period, payment: fee.isZero() ? payment : payment.plus(fee), principal, interest, fee, balance });
  }

  // Every row's principal sums to P (the last row takes the remainder), so the totals follow without re-adding.
  const monthlyFees = fee.times(n);
  const payment = P.plus(interestTotal).plus(monthlyFees);
  return {
    rows,
    totals: {
      payment,
      principal: P,
      interest: interestTotal,
      fees: monthlyFees.plus(upfrontFee),
      allIn: payment.plus(upfrontFee),
    },
    upfrontFee,
    monthlyRate: r,
    instalment,
    equalPrincipal,
    monthlyDecrease: roundFen(equalPrincipal.times(r)),
    disbursed: P,
    netProceeds: P.minus(upfrontFee),
  };
}

/**
 * The borrower's cash flows for the PBOC annualised rate: [−net proceeds, payment₁, …, paymentₙ].
 *
 * @example scheduleCashflows(amortize({ principal: '1000', annualRate: '0', termMonths: 2, method: 'equal-principal', fees: { upfrontAmount: '10' } })) // [-990, 500, 500]
 */
export function scheduleCashflows(schedule: Schedule): Decimal[] {
  return [schedule.netProceeds.neg(), ...schedule.rows.map((row) => row.payment)];
}
