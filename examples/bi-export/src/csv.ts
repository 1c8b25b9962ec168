/**
 * RFC 4180 output: CRLF line ends, and a field is quoted (with `""` for a quote) when it holds a
 * comma, a quote, CR or LF. Agent and policy names are free text, so this is not optional.
 */

/** A cell: text, a number, or empty for `null`/`undefined` (a missing median, no CSAT answers). */
export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: a header line, then one line per row, each ending in CRLF.
 *
 * @example
 * toCsv(['name', 'rate'], [['Urgent, 1 h', 0.5]]); // 'name,rate\r\n"Urgent, 1 h",0.5\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
