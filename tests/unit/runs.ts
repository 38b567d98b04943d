/**
 * Property-test run counts, scaled by one variable: FC_RUNS=0.1 npm run test:fast runs a tenth of
 * every property's cases for a quick loop; npm test runs them in full (FC_RUNS unset = 1).
 */
const scale = Number.parseFloat(process.env.FC_RUNS ?? '1');

/** `full` cases at full scale, at least 10 whatever the scale. */
export const runs = (full: number): number =>
  Math.max(10, Math.round(full * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
