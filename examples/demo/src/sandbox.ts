/**
 * The demo's mock: the `@atender/mock` sandbox HTTP server on a free loopback port, with the
 * seeded demo tenant and keys plus two keys on a small tier, so a burst hits the limit in a
 * second instead of a minute.
 */
import { type MockServer, startMockServer } from '@atender/mock/node';

/** The burst tier: one window, small enough that 60 calls need three of them. */
export const BURST_TIER = { name: 'demo-burst', limit: 20, seconds: 1 } as const;

/** Names of the keys added on {@link BURST_TIER}; each side of the comparison has its own budget. */
export const BURST_KEYS = { paced: 'acme sandbox demo burst (paced)', unpaced: 'acme sandbox demo burst (unpaced)' } as const;

/** The started server and the secrets the steps use (never printed). */
export interface DemoSandbox {
  readonly server: MockServer;
  readonly keys: {
    /** `knowledge:write` only: what kb-sync needs, least privilege even in a demo. */
    readonly write: { readonly name: string; readonly secret: string };
    /** `knowledge:read` only: the narrow key. */
    readonly read: { readonly name: string; readonly secret: string };
    readonly burstPaced: string;
    readonly burstUnpaced: string;
  };
}

/**
 * Starts the sandbox server on `127.0.0.1:<free port>`; nothing leaves loopback.
 *
 * @example
 * const sandbox = await startDemoSandbox();
 * console.log(sandbox.server.sandboxUrl);
 * await sandbox.server.close();
 */
export async function startDemoSandbox(): Promise<DemoSandbox> {
  const burstKey = (name: string) =>
    ({ tenantId: 'ten_acme', environment: 'sandbox', name, scopes: ['knowledge:read'], tier: BURST_TIER.name }) as const;
  const server = await startMockServer({
    port: 0,
    mockOptions: {
      rateLimitTiers: { [BURST_TIER.name]: { windows: [{ name: 'second', limit: BURST_TIER.limit, seconds: BURST_TIER.seconds }] } },
      keys: [burstKey(BURST_KEYS.paced), burstKey(BURST_KEYS.unpaced)],
    },
  });
  const demo = server.mock.keys.demo.acme.sandbox.scopes;
  const secretOf = (name: string) => {
    const key = server.mock.keys.all().find((k) => k.name === name);
    if (!key) throw new Error(`The mock did not register the key "${name}".`);
    return key.secret;
  };
  return {
    server,
    keys: {
      write: demo['knowledge:write'],
      read: demo['knowledge:read'],
      burstPaced: secretOf(BURST_KEYS.paced),
      burstUnpaced: secretOf(BURST_KEYS.unpaced),
    },
  };
}
