/**
 * A small RFC 4180 reader: quoted fields, `""` escapes, CRLF or LF, newlines inside quotes, and
 * the physical line each record starts on, so a bad row can be named the way an editor shows it.
 *
 * Written here rather than taken from a library because the example needs exactly this and one
 * thing libraries rarely give: recovery. A row with a broken quote is reported and skipped, and
 * reading resumes on the next line instead of swallowing the rest of the file.
 */

/** One record and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A record that could not be read. */
export interface CsvError {
  readonly line: number;
  readonly message: string;
}

/** Everything read from a CSV text. */
export interface CsvResult {
  readonly records: readonly CsvRecord[];
  readonly errors: readonly CsvError[];
}

interface Cursor {
  pos: number;
  line: number;
}

class RecordError extends Error {}

/**
 * Parses CSV text. Blank lines are skipped; a byte-order mark is ignored.
 *
 * @example
 * parseCsv('email,name\r\n"a@x.io","Ann ""Nan"" Lee"\r\n').records;
 * // [{ line: 1, fields: ['email', 'name'] }, { line: 2, fields: ['a@x.io', 'Ann "Nan" Lee'] }]
 */
export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  const cursor: Cursor = { pos: 0, line: 1 };
  while (cursor.pos < text.length) {
    const start = { ...cursor };
    try {
      const fields = readRecord(text, cursor);
      if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start.line, fields });
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      errors.push({ line: start.line, message: error.message });
      skipLine(text, start);
      Object.assign(cursor, start);
    }
  }
  return { records, errors };
}

/** Moves to the start of the next physical line: where reading resumes after a broken record. */
function skipLine(text: string, cursor: Cursor): void {
  const newline = text.indexOf('\n', cursor.pos);
  cursor.pos = newline === -1 ? text.length : newline + 1;
  cursor.line += 1;
}

/** Reads one record and leaves the cursor after its line break. */
function readRecord(text: string, cursor: Cursor): string[] {
  const fields: string[] = [];
  for (;;) {
    fields.push(text[cursor.pos] === '"' ? readQuoted(text, cursor) : readPlain(text, cursor));
    const char = text[cursor.pos];
    if (char === ',') {
      cursor.pos += 1;
      continue;
    }
    if (char === '\r' && text[cursor.pos + 1] === '\n') cursor.pos += 2;
    else if (char === '\n' || char === '\r') cursor.pos += 1;
    if (char !== undefined) cursor.line += 1;
    return fields;
  }
}

function readPlain(text: string, cursor: Cursor): string {
  const start = cursor.pos;
  while (cursor.pos < text.length && !',\r\n'.includes(text[cursor.pos]!)) cursor.pos += 1;
  // A stray quote inside an unquoted field is kept as text: spreadsheets write `5" tent` so.
  return text.slice(start, cursor.pos);
}

function readQuoted(text: string, cursor: Cursor): string {
  let value = '';
  cursor.pos += 1;
  for (;;) {
    const close = text.indexOf('"', cursor.pos);
    if (close === -1) throw new RecordError('a quoted field is never closed (missing ")');
    const chunk = text.slice(cursor.pos, close);
    value += chunk;
    cursor.line += countNewlines(chunk);
    cursor.pos = close + 1;
    if (text[cursor.pos] === '"') {
      value += '"';
      cursor.pos += 1;
      continue;
    }
    const next = text[cursor.pos];
    if (next !== undefined && !',\r\n'.includes(next)) throw new RecordError(`unexpected ${JSON.stringify(next)} after a closing quote`);
    return value;
  }
}

function countNewlines(chunk: string): number {
  // CRLF counts once; a lone CR (old Mac files) counts too.
  return chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
}
