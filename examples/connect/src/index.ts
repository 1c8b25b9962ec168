/**
 * Where an example talks to: a real account when `ATENDER_API_KEY` is set, otherwise the
 * `@atender/mock` sandbox server started in this process on a free loopback port — real HTTP,
 * so the example exercises the same SDK code paths either way. Shared by every example so the
 * examples themselves hold only the integration a customer would copy.
 */
import type { ApiKeyRecord, AtenderMock, DemoEnvironmentKeys } from '@atender/mock';
import { startMockServer } from '@atender/mock/node';
import { type AtenderClient, type AtenderClientOptions, createAtenderClient } from '@atender/sdk';

export type { AtenderClient };

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** A secret key; without one the mock is started. @default process.env.ATENDER_API_KEY */
  readonly apiKey?: string;
  /** The API origin. @default process.env.ATENDER_BASE_URL, else the key's environment */
  readonly baseUrl?: string;
  /** Against the mock: which demo key of Acme's sandbox to use (least privilege, even in a demo). */
  readonly demoKey: (keys: DemoEnvironmentKeys) => ApiKeyRecord;
  /** Against the mock: prepares it before use; returns a note for {@link Connection.target}, if any. */
  readonly prepareMock?: (mock: AtenderMock) => string | undefined;
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
 * const { client, target, close } = await connect({ demoKey: (keys) => keys.scopes['knowledge:write'] });
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
  const note = options.prepareMock?.(server.mock);
  const key = options.demoKey(server.mock.keys.demo.acme.sandbox);
  const client = createAtenderClient({ apiKey: key.secret, baseUrl: server.sandboxUrl, ...hooks });
  return {
    client,
    target: `the @atender/mock sandbox at ${server.sandboxUrl} (demo tenant Acme Outdoor Gear, key "${key.name}"${note ? `, ${note}` : ''})`,
    close: () => server.close(),
  };
}
