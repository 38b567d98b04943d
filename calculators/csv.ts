/**
 * CSV for spreadsheet export. Starts with a UTF-8 byte-order mark so Excel
 * opens Chinese text correctly; CRLF line ends (RFC 4180); fields quoted when
 * they hold a comma, quote or line break. A leading = + - @ is prefixed with
 * an apostrophe so a spreadsheet never runs a cell as a formula.
 */
export const CSV_BOM = '\uFEFF';

const cell = (value: string): string => {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * A CSV file for Excel and WPS: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, and a cell that a
 * spreadsheet would run as a formula made text.
 *
 * @example toCsv([['a', '=1+1'], ['1', '2']]) // "\uFEFFa,'=1+1\r\n1,2\r\n"
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The rows that say where a file came from, so a copy in a loan folder stands alone (calculators review #10):
 * the policy version, when it was calculated (the reader's local date and time) and the link that reproduces it.
 *
 * @example provenanceRows({ policy: 'Policy', at: 'At', link: 'Link' }, { policy: 'RP-10 v1', at: '2026-12-04 09:30', link: 'https://x/' })
 * // [['Policy', 'RP-10 v1'], ['At', '2026-12-04 09:30'], ['Link', 'https://x/']]
 */
export function provenanceRows(
  labels: { policy: string; at: string; link: string },
  values: { policy: string; at: string; link: string },
): string[][] {
  return [
    [labels.policy, values.policy],
    [labels.at, values.at],
    [labels.link, values.link],
  ];
}

/**
 * A file name that says which scenario a file holds: the parts joined by "_", characters Windows refuses
 * in a name (and spaces) replaced by "-".
 *
 * @example csvFileName(['还款计划', '100万', '4.9%', '360期']) // '还款计划_100万_4.9%_360期.csv'
 */
export function csvFileName(parts: readonly string[]): string {
  return `${parts.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, '-')).join('_')}.csv`;
}

/**
 * An amount (as written by Decimal#toFixed) for a file name: whole 元 without ".00"; in Chinese, as 万 when
 * that is at most two decimals of 万 (1000000.00 → 100万, 125000.00 → 12.5万), else the digits. Text only.
 *
 * @example amountTag('1000000.00', 'zh') // '100万'
 * @example amountTag('1000000.00', 'en') // '1000000'
 */
export function amountTag(fixed: string, lang: 'zh' | 'en'): string {
  const plain = fixed.replace(/\.0*$/, '').replace(/(\.\d*?)0+$/, '$1');
  const whole = /^\d{5,}$/.exec(plain)?.[0];
  if (lang !== 'zh' || !whole) return plain;
  const wan = `${whole.slice(0, -4)}.${whole.slice(-4)}`.replace(/\.?0+$/, '');
  return /\.\d{3,}$/.test(wan) ? plain : `${wan}万`;
}
