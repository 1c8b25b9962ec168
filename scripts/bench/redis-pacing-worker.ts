/**
 * One worker process of the redis pacing benchmark: `CALLS` GETs at concurrency `CONCURRENCY`
 * on one key, paced through Redis (`shared`) or by this process alone (`local`). Waits for the
 * parent's start time so every worker begins in the same window, then reports over IPC.
 */
import { createRedisPacingStore } from '@atender/pacing-redis';
import { createAtenderClient } from '@atender/sdk';

interface Start {
  readonly url: string;
  readonly apiKey: string;
  readonly redisUrl: string;
  readonly mode: 'shared' | 'local';
  readonly calls: number;
  readonly concurrency: number;
  readonly startAt: number;
}

process.once('message', async (start: Start) => {
  const store = start.mode === 'shared' ? createRedisPacingStore({ url: start.redisUrl, keyPrefix: 'bench:' }) : undefined;
  const warnings: string[] = [];
  let answers = 0;
  let limited = 0;
  let failures = 0;
  let latencyMs = 0;
  const client = createAtenderClient({
    apiKey: start.apiKey,
    baseUrl: start.url,
    pacing: store ? { store } : true,
    hooks: {
      onResponse: (event) => {
        answers++;
        latencyMs += event.durationMs;
        if (event.status === 429) limited++;
      },
    },
  });
  if (store) console.warn = (message: string) => void warnings.push(message);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.startAt - Date.now())));
  let next = 0;
  const lane = async () => {
    while (next < start.calls) {
      next++;
      await client.GET('/api/v1/kb/articles', { params: { query: { limit: 1 } } }).catch(() => {
        failures++;
      });
    }
  };
  await Promise.all(Array.from({ length: start.concurrency }, lane));
  const finishedAt = Date.now();
  await store?.close();
  process.send?.({ answers, limited, failures, finishedAt, latencyMs, warnings: warnings.length });
  process.exit(0);
});
process.send?.('ready');
