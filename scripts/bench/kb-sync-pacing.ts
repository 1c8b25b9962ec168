/**
 * kb-sync of 1,000 generated articles against the mock's sandbox HTTP server on a tier of 100
 * requests per 1-second window, with the SDK's pacing on and off (issue item 7: pacing on must
 * have zero failures, finish within 10% of the budget-bound minimum and see at most 1% 429s).
 *
 * Real HTTP on loopback, as a customer's sync script talks to a server; the mock runs in this
 * process (like kb-sync's own `connect`), so its per-request work shares the event loop with
 * the client — a harder setting than a remote server, not an easier one.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockServer } from '@atender/mock/node';
import { createAtenderClient } from '@atender/sdk';
import { runKbSync } from '../../examples/kb-sync/src/index.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

const ARTICLES = 1000;
const LIMIT = 100;
const WINDOW_SECONDS = 1;
const RUNS = 3;
const CATEGORIES = ['Orders', 'Shipping', 'Returns', 'Warranty', 'Account'];
const SUBCATEGORIES = ['Basics', 'Troubleshooting', 'Policies'];
const TAGS = ['faq', 'how-to', 'policy', 'billing', 'delivery', 'mobile', 'web', 'store'];

/** One kb-sync run, as the mock saw it. */
interface RunResult {
  /** Every answer the mock gave, 429s included. */
  readonly requests: number;
  readonly limited: number;
  /** Items kb-sync reported as failed, plus articles not created. */
  readonly failures: number;
  readonly seconds: number;
}

/** Writes `ARTICLES` Markdown files with front matter into a temporary vault, one folder per category. */
async function writeVault(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-sync-bench-'));
  for (let i = 0; i < ARTICLES; i++) {
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const folder = path.join(dir, category.toLowerCase());
    await mkdir(folder, { recursive: true });
    const tags = [TAGS[i % TAGS.length], TAGS[(i * 3 + 1) % TAGS.length]];
    const front = [
      `title: Generated article ${i}`,
      `slug: generated-article-${i}`,
      `category: ${category}`,
      `subcategory: ${SUBCATEGORIES[i % SUBCATEGORIES.length]}`,
      `tags: [${[...new Set(tags)].join(', ')}]`,
      'status: published',
    ];
    const body = `Article ${i} of the benchmark vault.\n\n${'A paragraph of help-center text. '.repeat(12)}\n`;
    await writeFile(path.join(folder, `article-${i}.md`), `---\n${front.join('\n')}\n---\n\n${body}`);
  }
  return dir;
}

/** Waits for the next window boundary: the mock's windows are aligned to the epoch. */
async function alignToWindow(): Promise<void> {
  const period = WINDOW_SECONDS * 1000;
  await new Promise((done) => setTimeout(done, period - (Date.now() % period)));
}

/** One sync of the vault into a fresh mock (empty knowledge base) with a key on a tier of `limit` a window. */
async function syncOnce(dir: string, pacing: boolean, limit = LIMIT): Promise<RunResult> {
  const server = await startMockServer({
    port: 0,
    mockOptions: {
      seed: false,
      rateLimitTiers: { bench: { windows: [{ name: 'second', limit, seconds: WINDOW_SECONDS }] } },
      keys: [{ tenantId: 'ten_acme', environment: 'sandbox', name: 'bench', scopes: ['knowledge:write'], tier: 'bench' }],
    },
  });
  try {
    const key = server.mock.keys.all().find((k) => k.name === 'bench')!;
    let requests = 0;
    let limited = 0;
    const client = createAtenderClient({
      apiKey: key.secret,
      baseUrl: server.sandboxUrl,
      pacing,
      hooks: {
        onResponse: (event) => {
          requests += 1;
          if (event.status === 429) limited += 1;
        },
      },
    });
    await alignToWindow();
    const started = performance.now();
    const summary = await runKbSync({ dir, client });
    const seconds = (performance.now() - started) / 1000;
    const notCreated = ARTICLES - summary.articles.created;
    const failures = summary.refused ? ARTICLES : Math.max(summary.failures.length + summary.issues.length, notCreated);
    return { requests, limited, failures, seconds };
  } finally {
    await server.close();
  }
}

/**
 * The budget-bound minimum in seconds for `spent` budget units, starting at a window boundary:
 * `ceil(spent / LIMIT)` windows are needed and the last one opens `ceil(spent / LIMIT) − 1`
 * windows after the start. 429s spend no budget, so they are not counted.
 */
export function budgetBoundSeconds(spent: number): number {
  return (Math.ceil(spent / LIMIT) - 1) * WINDOW_SECONDS;
}

function row(mode: string, runs: readonly RunResult[]): (string | number)[] {
  const requests = median(runs.map((r) => r.requests));
  const limited = median(runs.map((r) => r.limited));
  const seconds = median(runs.map((r) => r.seconds));
  const minimum = budgetBoundSeconds(median(runs.map((r) => r.requests - r.limited)));
  return [
    mode,
    runs.length,
    requests,
    `${limited} (${fmt((limited / requests) * 100, 2)}%)`,
    runs.map((r) => r.failures).join(' / '),
    fmt(seconds, 2),
    fmt(minimum, 0),
    fmt(seconds / minimum, 3),
    runs.map((r) => fmt(r.seconds, 2)).join(' / '),
  ];
}

/** Runs kb-sync with pacing on and off, interleaved, `RUNS` times each. */
export async function runKbSyncPacingBench(): Promise<BenchSection> {
  const dir = await writeVault();
  const results: Record<'on' | 'off', RunResult[]> = { on: [], off: [] };
  try {
    // A first sync in a fresh process runs cold (JIT, the mock's validators) and would measure
    // start-up, not pacing; one untimed sync on an unlimited tier warms every code path.
    await syncOnce(dir, true, 1_000_000);
    const measure = (mode: 'on' | 'off') => async () => {
      const result = await syncOnce(dir, mode === 'on');
      results[mode].push(result);
      console.log(
        `  pacing ${mode}: ${result.requests} requests, ${result.limited} × 429, ${result.failures} failed, ${fmt(result.seconds, 2)} s`,
      );
      return result.seconds;
    };
    await interleave({ on: measure('on'), off: measure('off') }, RUNS);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return {
    title: 'kb-sync pacing: 1,000 articles on a 100 requests / 1 s tier',
    method: `kb-sync (default concurrency) syncs ${ARTICLES} generated articles (${CATEGORIES.length} categories, ${CATEGORIES.length * SUBCATEGORIES.length} subcategories, ${TAGS.length} tags) into an empty knowledge base of a fresh \`@atender/mock\` sandbox HTTP server on loopback, with a key on a tier of ${LIMIT} requests per ${WINDOW_SECONDS}-second window (one window). After one untimed warm-up sync, each run starts at a window boundary; requests and 429s are counted with the SDK's \`onResponse\` hook. Runs interleaved, medians shown. Minimum = (ceil(budget-spending requests / ${LIMIT}) − 1) × ${WINDOW_SECONDS} s: fixed windows aligned to the start, so the last window opens that long after the start; 429s spend no budget.`,
    columns: ['pacing', 'runs', 'requests', '429s', 'failures (per run)', 'time s', 'minimum s', 'time / minimum', 'times per run s'],
    rows: [row('on', results.on), row('off', results.off)],
    notes: ['Targets with pacing on: 0 failures, time / minimum ≤ 1.10, 429s ≤ 1% of requests.'],
  };
}
