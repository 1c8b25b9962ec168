/**
 * The server side of the load benchmark, in its own process so its memory is the server's alone:
 * `atender-mock serve`'s HTTP server with a key on a tier the run cannot spend. Reports its URL
 * and key over IPC, answers `stats` with its resident set size and — when started with
 * `--expose-gc` — the heap in use (and the array buffers' bytes) right after a full collection:
 * what the server retains, not the garbage it has not collected yet. Exits on `stop`. `LOAD_HEAP_SNAPSHOTS=dir` writes a heap
 * snapshot at each `snapshot` message, to compare what is retained early and late in a run.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { startMockServer } from '@atender/mock/node';
import { addBenchKey, BENCH_MOCK_OPTIONS } from './bench-mock.ts';

/** What `stats` answers. */
export interface LoadServerStats {
  readonly rss: number;
  /** `heapUsed` plus `arrayBuffers` (bytes kept off the JS heap) after `gc()`; `null` without `--expose-gc`. */
  readonly heapAfterGc: number | null;
}

const server = await startMockServer({ port: 0, productionPort: 0, mockOptions: BENCH_MOCK_OPTIONS });
const key = addBenchKey(server.mock);
const gc = (globalThis as { gc?: () => void }).gc;
let snapshots = 0;
process.on('message', (message: unknown) => {
  if (message === 'stats') {
    gc?.();
    const usage = process.memoryUsage();
    const stats: LoadServerStats = { rss: usage.rss, heapAfterGc: gc ? usage.heapUsed + usage.arrayBuffers : null };
    process.send?.(stats);
  }
  if (message === 'snapshot' && process.env.LOAD_HEAP_SNAPSHOTS) {
    v8.writeHeapSnapshot(path.join(process.env.LOAD_HEAP_SNAPSHOTS, `load-${++snapshots}.heapsnapshot`));
    process.send?.('snapshot');
  }
  if (message === 'stop') void server.close().then(() => process.exit(0));
});
process.send?.({ url: server.sandboxUrl, key });
