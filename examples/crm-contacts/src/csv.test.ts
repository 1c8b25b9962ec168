import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads plain and quoted fields with escaped quotes', () => {
    expect(parseCsv('a,b,c\n1,"two, too","say ""hi"""\n').records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'two, too', 'say "hi"'] },
    ]);
  });

  it('accepts CRLF, a missing final newline and empty fields', () => {
    expect(parseCsv('a,b\r\n,x\r\ny,').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['', 'x'] },
      { line: 3, fields: ['y', ''] },
    ]);
  });

  it('keeps newlines inside quotes and numbers records by their first line', () => {
    const { records } = parseCsv('email,note\r\na@x.io,"line one\r\nline two"\r\nb@x.io,plain\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['email', 'note'] },
      { line: 2, fields: ['a@x.io', 'line one\r\nline two'] },
      { line: 4, fields: ['b@x.io', 'plain'] },
    ]);
  });

  it('skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa\n\n\nb\n').records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('keeps a stray quote inside an unquoted field', () => {
    expect(parseCsv('Tent 5" pole,x\n').records[0]!.fields).toEqual(['Tent 5" pole', 'x']);
  });

  it('reports text after a closing quote and resumes on the next line', () => {
    const result = parseCsv('a,b\n"x"y,1\nc,d\n');
    expect(result.errors).toEqual([{ line: 2, message: 'unexpected "y" after a closing quote' }]);
    expect(result.records.map((r) => r.line)).toEqual([1, 3]);
  });

  it('reports a quote that never closes without losing the rows after it', () => {
    const result = parseCsv('a,b\n"open,1\nc,d\ne,f\n');
    expect(result.errors).toEqual([{ line: 2, message: 'a quoted field is never closed (missing ")' }]);
    expect(result.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
});
