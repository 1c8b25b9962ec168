/**
 * The server side of the load benchmark, in its own process so its RSS is the server's alone:
 * `atender-mock serve`'s HTTP server with a key on a tier the run cannot spend. Reports its URL
 * and key over IPC, answers `rss` with its resident set size, exits on `stop`.
 */
import { startMockServer } from '@atender/mock/node';
import { addBenchKey, BENCH_MOCK_OPTIONS } from './bench-mock.ts';

const server = await startMockServer({ port: 0, productionPort: 0, mockOptions: BENCH_MOCK_OPTIONS });
const key = addBenchKey(server.mock);
process.on('message', (message: unknown) => {
  if (message === 'rss') process.send?.({ rss: process.memoryUsage().rss });
  if (message === 'stop') void server.close().then(() => process.exit(0));
});
process.send?.({ url: server.sandboxUrl, key });
