import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes only what RFC 4180 requires and ends every record in CRLF', () => {
    expect(
      toCsv(
        ['name', 'score'],
        [
          ['Priya "P" Natarajan, Jr.', 93.5],
          ['Line\nbreak', null],
        ],
      ),
    ).toBe('name,score\r\n"Priya ""P"" Natarajan, Jr.",93.5\r\n"Line\nbreak",\r\n');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
  });
});
