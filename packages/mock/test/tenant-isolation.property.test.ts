/**
 * Property: no sequence of requests made with tenant A's credentials reads or changes tenant B's
 * data, or A's other environment. Requests aim at A's own ids and at foreign ids (B's, A's
 * production ones), read, create, update and delete; afterwards B and A-production must be
 * exactly as seeded, and no answer may contain a foreign id the request did not itself send.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

// Generous limits: the property makes thousands of calls with the same keys.
const { mock } = useAtenderMock({
  rateLimitTiers: {
    standard: {
      windows: [
        { name: 'minute', limit: 1_000_000, seconds: 60 },
        { name: 'day', limit: 10_000_000, seconds: 86400 },
      ],
    },
  },
});
const SANDBOX = 'https://sandbox.atender.io';
const PRODUCTION = 'https://api.atender.io';
const LISTS = ['kb/articles', 'kb/categories', 'kb/tags', 'contacts', 'conversations', 'tags', 'webhooks', 'snippets', 'contact-fields'];
const ID = /\b[a-z]{2,4}_[A-Za-z0-9]{4,}\b/g;

type Store = { key: string; base: string };
const stores = {
  aSandbox: { key: mock.keys.demo.acme.sandbox.bundles.full_access.secret, base: SANDBOX },
  aProduction: { key: mock.keys.demo.acme.production.bundles.full_access.secret, base: PRODUCTION },
  bSandbox: { key: mock.keys.demo.globex.sandbox.bundles.full_access.secret, base: SANDBOX },
  bProduction: { key: mock.keys.demo.globex.production.bundles.full_access.secret, base: PRODUCTION },
} satisfies Record<string, Store>;

async function snapshot(store: Store): Promise<string> {
  const pages = await Promise.all(LISTS.map((list) => api('GET', `/api/v1/${list}?limit=100`, store)));
  return JSON.stringify(pages.map((page) => page.body));
}

const idsIn = (text: string): Set<string> => new Set(text.match(ID) ?? []);

/** One request of tenant A: a credential, a method and path, maybe a body. */
interface Command {
  readonly credential: number;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

function commandArbitrary(own: string[], foreign: string[]): fc.Arbitrary<Command> {
  const id = fc.oneof(fc.constantFrom(...own), fc.constantFrom(...foreign));
  const n = fc.integer({ min: 0, max: 9999 });
  const credential = fc.integer({ min: 0, max: 3 });
  const routes = [
    fc.record({ method: fc.constant('GET'), path: fc.constantFrom(...LISTS).map((l) => `/api/v1/${l}`) }),
    fc.record({
      method: fc.constantFrom('GET', 'DELETE'),
      path: fc
        .tuple(fc.constantFrom('kb/articles', 'contacts', 'tags', 'kb/categories', 'webhooks'), id)
        .map(([r, i]) => `/api/v1/${r}/${i}`),
    }),
    fc.record({ method: fc.constant('GET'), path: id.map((i) => `/api/v1/conversations/${i}/messages`) }),
    fc.record({
      method: fc.constant('POST'),
      path: id.map((i) => `/api/v1/conversations/${i}/status`),
      body: fc.constant({ status: 'pending' }),
    }),
    fc.record({ method: fc.constant('PATCH'), path: id.map((i) => `/api/v1/contacts/${i}`), body: fc.constant({ name: 'Probe' }) }),
    fc.record({ method: fc.constant('PATCH'), path: id.map((i) => `/api/v1/tags/${i}`), body: n.map((x) => ({ name: `Probe ${x}` })) }),
    fc.record({ method: fc.constant('PATCH'), path: id.map((i) => `/api/v1/kb/articles/${i}`), body: fc.constant({ title: 'Probe' }) }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/api/v1/kb/articles'),
      body: fc.tuple(n, id).map(([x, categoryId]) => ({ slug: `probe-${x}`, title: 'Probe', body: 'x', categoryId })),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/api/v1/tags'),
      body: fc.tuple(n, id).map(([x, parentId]) => ({ name: `Probe ${x}`, parentId })),
    }),
    fc.record({ method: fc.constant('PUT'), path: fc.tuple(id, id).map(([c, t]) => `/api/v1/conversations/${c}/tags/${t}`) }),
  ];
  return fc.tuple(credential, fc.oneof(...routes)).map(([c, route]) => ({ credential: c, ...route }));
}

describe('tenant and environment isolation', () => {
  const before: Record<string, string> = {};
  let own: string[] = [];
  let foreign: string[] = [];

  beforeAll(async () => {
    for (const [name, store] of Object.entries(stores)) before[name] = await snapshot(store);
    const ownIds = idsIn(before.aSandbox as string);
    own = [...ownIds];
    foreign = [...idsIn(`${before.aProduction}${before.bSandbox}${before.bProduction}`)].filter((i) => !ownIds.has(i));
    mock.reset();
  });

  it('holds for any sequence of A-sandbox requests', async () => {
    expect(own.length).toBeGreaterThan(20);
    expect(foreign.length).toBeGreaterThan(20);
    const session = await mock.sessions.mint({
      tenantId: 'ten_acme',
      environment: 'sandbox',
      scopes: ['full_access'],
      expiresInSeconds: 86_400,
    });
    const credentials = [
      stores.aSandbox.key,
      mock.keys.demo.acme.sandbox.bundles.write_all.secret,
      session,
      stores.aProduction.key, // A's other environment, sent to the sandbox host
    ];
    const foreignSet = new Set(foreign);
    await fc.assert(
      fc.asyncProperty(fc.array(commandArbitrary(own, foreign), { minLength: 1, maxLength: 12 }), async (commands) => {
        mock.reset();
        for (const command of commands) {
          const options = { key: credentials[command.credential] as string, ...(command.body === undefined ? {} : { body: command.body }) };
          const answer = await api(command.method, command.path, options);
          const sent = idsIn(`${command.path} ${JSON.stringify(command.body ?? null)}`);
          const leaked = [...idsIn(JSON.stringify(answer.body ?? null))].filter((i) => foreignSet.has(i) && !sent.has(i));
          expect(leaked, `${command.method} ${command.path} → ${answer.status}`).toEqual([]);
        }
        expect(await snapshot(stores.bSandbox)).toBe(before.bSandbox);
        expect(await snapshot(stores.bProduction)).toBe(before.bProduction);
        expect(await snapshot(stores.aProduction)).toBe(before.aProduction);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
