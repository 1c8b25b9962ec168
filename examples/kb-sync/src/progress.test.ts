import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

const stream = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => chunks.push(chunk), isTTY, columns: 60 };
};

describe('createProgress', () => {
  it('writes one plain line per item when not on a terminal', () => {
    const s = stream(false);
    const progress = createProgress(s);
    progress.start(12);
    progress.tick('orders/a.md', 'ok');
    progress.tick('orders/b.md', 'failed');
    progress.finish();
    expect(s.chunks).toEqual(['[ 1/12] ok     orders/a.md\n', '[ 2/12] FAILED orders/b.md\n']);
  });

  it('redraws one line, cut to the terminal width, and clears it at the end', () => {
    const s = stream(true);
    const progress = createProgress(s);
    progress.start(2);
    progress.tick('x'.repeat(100), 'failed');
    progress.finish();
    const drawn = s.chunks[1]!;
    expect(drawn.startsWith('\r\x1b[2K')).toBe(true);
    expect(drawn).toContain('1/2 (1 failed)');
    expect(drawn.length - '\r\x1b[2K'.length).toBe(59);
    expect(s.chunks.at(-1)).toBe('\r\x1b[2K');
  });
});
