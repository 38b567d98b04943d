/**
 * What the repayment-options island loads once it has mounted, in one chunk and one request (island size
 * budget: each dynamic import costs the island bytes): the chart, the case memo and the CSV writer.
 */
export { OptionsChart } from './OptionsChart';
export { CaseMemo } from './CaseMemo';
export { optionsCsv } from './csv-export';
