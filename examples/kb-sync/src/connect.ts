/**
 * Where the example talks to: a real account when `ATENDER_API_KEY` is set, otherwise the
 * `@atender/mock` sandbox server started in this process on a free loopback port — real HTTP,
 * so the example exercises the same SDK code paths either way.
 */
import type { Scope } from '@atender/contract';
import { startMockServer } from '@atender/mock/node';
import { type AtenderClient, type AtenderClientOptions, createAtenderClient } from '@atender/sdk';

/** The SDK client the example uses. */
export type { AtenderClient };

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** A secret key; without one the mock is started. @default process.env.ATENDER_API_KEY */
  readonly apiKey?: string;
  /** The API origin. @default process.env.ATENDER_BASE_URL, else the key's environment */
  readonly baseUrl?: string;
  /** The single scope of the demo key used against the mock: least privilege, even in a demo. */
  readonly demoScope: Scope;
  /** SDK hooks, e.g. to count requests. */
  readonly hooks?: AtenderClientOptions['hooks'];
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
 * const { client, target, close } = await connect({ demoScope: 'knowledge:write' });
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const apiKey = options.apiKey ?? process.env.ATENDER_API_KEY;
  const baseUrl = options.baseUrl ?? process.env.ATENDER_BASE_URL;
  const hooks = options.hooks ? { hooks: options.hooks } : {};
  if (apiKey) {
    const client = createAtenderClient({ apiKey, ...(baseUrl && { baseUrl }), ...hooks });
    return { client, target: baseUrl ?? 'the Atender API (environment from the key)', close: async () => {} };
  }
  const server = await startMockServer({ port: 0 });
  const key = server.mock.keys.demo.acme.sandbox.scopes[options.demoScope];
  const client = createAtenderClient({ apiKey: key.secret, baseUrl: server.sandboxUrl, ...hooks });
  return {
    client,
    target: `the @atender/mock sandbox at ${server.sandboxUrl} (demo tenant Acme Outdoor Gear, key "${key.name}")`,
    close: () => server.close(),
  };
}
