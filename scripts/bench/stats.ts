/** Small statistics for benchmarks: the machines are shared and noisy, so report medians. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `samples` rounds of every variant, interleaved so drift hits all of them alike. */
export async function interleave<K extends string>(
  variants: Record<K, () => Promise<number>>,
  samples: number,
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const out = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < samples; i++) {
    // Rotate the order each round so no variant always runs first (warm caches, turbo boost).
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      out[name].push(await variants[name]());
    }
  }
  return out;
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** One section of bench/report.md. */
export interface BenchSection {
  title: string;
  /** What was measured and how, one or two sentences. */
  method: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export function renderSection(s: BenchSection): string {
  const head = `| ${s.columns.join(' | ')} |\n|${s.columns.map(() => '---').join('|')}|`;
  const rows = s.rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
  const notes = (s.notes ?? []).map((n) => `- ${n}`).join('\n');
  return `## ${s.title}\n\n${s.method}\n\n${head}\n${rows}\n${notes ? `\n${notes}\n` : ''}`;
}
