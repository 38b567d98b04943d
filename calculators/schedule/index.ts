export {
  amortize,
  scheduleCashflows,
  levelInstalment,
  REPAYMENT_METHODS,
  type AmortizeInput,
  type Fees,
  type RepaymentMethod,
  type Schedule,
  type ScheduleRow,
} from './amortize';
export { annualizedRate, internalRateOfReturn, type AnnualizedRate } from './annualized-rate';
export { CalcError } from '../errors';
