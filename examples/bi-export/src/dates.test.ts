import { describe, expect, it } from 'vitest';
import { resolveRange } from './dates.js';

const NOW = new Date('2026-11-26T23:59:00Z');

describe('resolveRange', () => {
  it('defaults to the last 30 days ending today (UTC)', () => {
    expect(resolveRange({}, NOW)).toEqual({ from: '2026-10-28', to: '2026-11-26' });
    expect(resolveRange({ to: '2026-02-28' }, NOW)).toEqual({ from: '2026-01-30', to: '2026-02-28' });
    expect(resolveRange({ from: '2026-11-01' }, NOW)).toEqual({ from: '2026-11-01', to: '2026-11-26' });
  });

  it('accepts up to 367 days (to = from + 366), as the API does', () => {
    expect(resolveRange({ from: '2024-01-01', to: '2025-01-01' }, NOW)).toEqual({ from: '2024-01-01', to: '2025-01-01' });
    expect(() => resolveRange({ from: '2024-01-01', to: '2025-01-02' }, NOW)).toThrow(/spans 368 days/);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['26-01-01'], ['yesterday']])('refuses %s', (from) => {
    expect(() => resolveRange({ from, to: '2026-11-01' }, NOW)).toThrow(/--from must be a calendar date YYYY-MM-DD/);
  });
});
