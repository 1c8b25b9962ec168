/**
 * The server process of the redis pacing benchmark: the mock's sandbox HTTP server (what
 * `atender-mock serve` runs) with one extra key on a 50-per-second tier, added through the
 * mock's `rateLimitTiers` and `keys` options as the demo adds its `demo-burst` tier. Sends the
 * URL and the key to its parent over IPC (never printed), then serves until killed.
 */
import { startMockServer } from '@atender/mock/node';

const LIMIT = Number(process.env.BENCH_LIMIT ?? 50);

const server = await startMockServer({
  port: 0,
  mockOptions: {
    rateLimitTiers: { 'bench-fleet': { windows: [{ name: 'second', limit: LIMIT, seconds: 1 }] } },
    keys: [{ tenantId: 'ten_acme', environment: 'sandbox', name: 'bench fleet', scopes: ['knowledge:read'], tier: 'bench-fleet' }],
  },
});
const key = server.mock.keys.all().find((k) => k.name === 'bench fleet');
if (!key) throw new Error('the mock did not register the bench key');
// Compiles the mock's validators before any timed call, with a key of another budget.
const warm = server.mock.keys.demo.acme.sandbox.bundles.full_access.secret;
await fetch(`${server.sandboxUrl}/api/v1/kb/articles`, { headers: { Authorization: `Bearer ${warm}` } });
process.send?.({ url: server.sandboxUrl, apiKey: key.secret });
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
