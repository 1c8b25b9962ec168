/**
 * Steps 2 and 3: the kb-sync example, driven in-process through `runKbSync` against the sandbox
 * server, with every request counted on the wire by the SDK's `onRequest` hook — so "zero
 * writes" on the re-run is what the server saw, not what kb-sync claims.
 */
import { fileURLToPath } from 'node:url';
import { createAtenderClient } from '@atender/sdk';
import { createProgress, exitCodeOf, formatReport, runKbSync, type SyncSummary } from '@atender-examples/kb-sync';
import { DemoStepError, detail, seconds } from './output.js';

/** kb-sync's sample vault: 54 help-center articles of Acme Outdoor Gear. */
export const SAMPLE_VAULT = fileURLToPath(new URL('../../kb-sync/vault', import.meta.url));

/** What one sync did, as the demo reports it. */
export interface SyncOutcome {
  readonly summary: SyncSummary;
  /** Requests other than GET that reached the server. */
  readonly writes: number;
  readonly requests: number;
  readonly ms: number;
}

/** Runs one sync of the sample vault with the `knowledge:write` key, progress on stderr. */
export async function syncSampleVault(baseUrl: string, apiKey: string): Promise<SyncOutcome> {
  let requests = 0;
  let writes = 0;
  const client = createAtenderClient({
    apiKey,
    baseUrl,
    hooks: {
      onRequest: (event) => {
        requests += 1;
        if (event.method !== 'GET') writes += 1;
      },
    },
  });
  const started = performance.now();
  const summary = await runKbSync({ dir: SAMPLE_VAULT, client, progress: createProgress(process.stderr) });
  const ms = performance.now() - started;
  detail(...formatReport(summary).split('\n'));
  if (exitCodeOf(summary) !== 0) {
    throw new DemoStepError(`kb-sync did not finish cleanly: ${summary.refused ?? `${summary.failures.length} failed write(s)`}`);
  }
  return { summary, writes, requests, ms };
}

/** Articles the vault now matches: created, updated or already equal. */
export function articlesSynced(outcome: SyncOutcome): number {
  const { created, updated, unchanged } = outcome.summary.articles;
  return created + updated + unchanged;
}

/** Step 2: the first sync writes the vault's differences from the demo tenant's knowledge base. */
export async function firstSync(baseUrl: string, key: { name: string; secret: string }): Promise<SyncOutcome> {
  detail('vault: examples/kb-sync/vault (54 articles, one folder per category)', `key:   "${key.name}"`, '');
  const outcome = await syncSampleVault(baseUrl, key.secret);
  detail(
    '',
    `${articlesSynced(outcome)} articles now match the vault: ${outcome.writes} writes, ${outcome.requests} requests in ${seconds(outcome.ms)}`,
  );
  return outcome;
}

/** Step 3: the same sync again must not write anything. */
export async function reSync(baseUrl: string, key: { name: string; secret: string }): Promise<SyncOutcome> {
  const outcome = await syncSampleVault(baseUrl, key.secret);
  detail('', `${outcome.writes} writes (${outcome.requests} requests, all reads) in ${seconds(outcome.ms)}`);
  if (outcome.writes !== 0) throw new DemoStepError(`the re-run made ${outcome.writes} write(s); expected none`);
  return outcome;
}
