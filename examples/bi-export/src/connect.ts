/**
 * Where the export reads from: a real account when `ATENDER_API_KEY` is set, otherwise the
 * `@atender/mock` sandbox server started in this process on a free loopback port (real HTTP, so
 * the example exercises the same SDK code paths either way) with the `analytics_only` demo key.
 */
import { startMockServer } from '@atender/mock/node';
import { type AtenderClient, createAtenderClient } from '@atender/sdk';
import { addDemoTraffic } from './demo-traffic.js';

/** The SDK client the example uses. */
export type { AtenderClient };

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** A secret key; without one the mock is started. @default process.env.ATENDER_API_KEY */
  readonly apiKey?: string;
  /** The API origin. @default process.env.ATENDER_BASE_URL, else the key's environment */
  readonly baseUrl?: string;
  /** Against the mock: add a year of synthetic conversations first (see `demo-traffic.ts`). @default true */
  readonly demoTraffic?: boolean;
}

/** A client and how to let go of it. */
export interface Connection {
  readonly client: AtenderClient;
  /** Human-readable: what the client talks to. */
  readonly target: string;
  close(): Promise<void>;
}

/**
 * Creates the client, starting the mock when no key is given.
 *
 * @example
 * const { client, target, close } = await connect();
 */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const apiKey = options.apiKey ?? process.env.ATENDER_API_KEY;
  const baseUrl = options.baseUrl ?? process.env.ATENDER_BASE_URL;
  if (apiKey) {
    const client = createAtenderClient({ apiKey, ...(baseUrl && { baseUrl }) });
    return { client, target: baseUrl ?? 'the Atender API (environment from the key)', close: async () => {} };
  }
  const server = await startMockServer({ port: 0 });
  const added = options.demoTraffic === false ? 0 : addDemoTraffic(server.mock.store.for('ten_acme', 'sandbox'));
  const key = server.mock.keys.demo.acme.sandbox.bundles.analytics_only;
  const client = createAtenderClient({ apiKey: key.secret, baseUrl: server.sandboxUrl });
  const traffic = added > 0 ? `, plus ${added} synthetic demo conversations` : '';
  return {
    client,
    target: `the @atender/mock sandbox at ${server.sandboxUrl} (demo tenant Acme Outdoor Gear, key "${key.name}"${traffic})`,
    close: () => server.close(),
  };
}
