/**
 * Header values the mock builds, made safe for every `Headers` implementation and for
 * `node:http`: printable ASCII only. A detail copied into `WWW-Authenticate` once held a `…`
 * (U+2026), which `Headers` refuses with "Cannot convert argument to a ByteString" — a 500 and a
 * throwing `mock.handle()`. Every header value of an answer goes through this one function.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Readable stand-ins for the typographic characters our own messages use.
const STAND_INS: Readonly<Record<string, string>> = { '…': '...', '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '→': '->' };

/**
 * The value as printable ASCII: known typographic characters become their ASCII look-alikes,
 * any other character outside `0x20–0x7e` (control characters, CR/LF, non-ASCII) becomes `?`.
 *
 * @example
 * asciiHeaderValue('Bearer realm="atender", error_description="sa_live_…"'); // '… "sa_live_..."'
 */
export function asciiHeaderValue(value: string): string {
  if (PRINTABLE_ASCII.test(value)) return value;
  return value.replace(/[^\x20-\x7e]/gu, (char) => STAND_INS[char] ?? '?');
}
