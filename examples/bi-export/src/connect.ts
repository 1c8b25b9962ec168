/**
 * Where the export reads from: see `@atender-examples/connect`. Against the mock it uses the
 * `analytics_only` demo key and first adds a year of synthetic conversations (see
 * `demo-traffic.ts`), so the default last-30-days report has something to chart.
 */
import { type Connection, connect as connectExample } from '@atender-examples/connect';
import { addDemoTraffic } from './demo-traffic.js';

export type { AtenderClient, Connection } from '@atender-examples/connect';

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** A secret key; without one the mock is started. @default process.env.ATENDER_API_KEY */
  readonly apiKey?: string;
  /** The API origin. @default process.env.ATENDER_BASE_URL, else the key's environment */
  readonly baseUrl?: string;
  /** Against the mock: add a year of synthetic conversations first. @default true */
  readonly demoTraffic?: boolean;
}

/**
 * Creates the client, starting the mock when no key is given.
 *
 * @example
 * const { client, target, close } = await connect();
 */
export function connect({ demoTraffic = true, ...options }: ConnectOptions = {}): Promise<Connection> {
  return connectExample({
    ...options,
    demoKey: (keys) => keys.bundles.analytics_only,
    prepareMock: (mock) => {
      const added = demoTraffic ? addDemoTraffic(mock.store.for('ten_acme', 'sandbox')) : 0;
      return added > 0 ? `plus ${added} synthetic demo conversations` : undefined;
    },
  });
}
