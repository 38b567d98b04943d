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
