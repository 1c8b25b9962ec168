/** Where crm-contacts talks to: see `@atender-examples/connect`; against the mock, a single-scope demo key. */

import type { Scope } from '@atender/contract';
import type { AtenderClientOptions } from '@atender/sdk';
import { type Connection, connect as connectExample } from '@atender-examples/connect';

export type { AtenderClient, Connection } from '@atender-examples/connect';

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

/** Creates the client, starting the mock when no key is given. */
export function connect({ demoScope, ...options }: ConnectOptions): Promise<Connection> {
  return connectExample({ ...options, demoKey: (keys) => keys.scopes[demoScope] });
}
