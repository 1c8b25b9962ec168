/**
 * CORS over the mock's answers: the preflight allows every header a client may send (DESIGN §2),
 * and every header the mock puts on an answer is readable by a page script.
 */
import { CLIENT_HEADERS, EXPOSED_HEADERS } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { DEMO_WIDGET_ORIGINS } from '../src/index.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock } = useAtenderMock();
const origin = DEMO_WIDGET_ORIGINS.acme[0] as string;
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;

/** The headers a client may send, as DESIGN.md §2 lists them. */
const DESIGN_CLIENT_HEADERS = ['Authorization', 'X-API-Key', 'Content-Type', 'Idempotency-Key', 'X-Retry-Count', 'X-Atender-Client'];
/** Response headers a browser reads without being told (Fetch's CORS-safelisted response headers). */
const SAFELISTED = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);
/** CORS's own headers: not part of what the page reads. */
const isCorsHeader = (name: string) => name.startsWith('access-control-') || name === 'vary';

const list = (value: string | null) => (value ?? '').split(',').map((s) => s.trim().toLowerCase());

async function preflight(path: string, method: string, headers: readonly string[]): Promise<Response> {
  return mock.handle(
    new Request(`https://sandbox.atender.io${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': headers.join(',').toLowerCase(),
      },
    }),
  );
}

describe('CORS preflight', () => {
  it('allows every header DESIGN.md says a client may send, and the spec names them all', async () => {
    expect(CLIENT_HEADERS).toEqual(expect.arrayContaining(DESIGN_CLIENT_HEADERS));
    const answer = await preflight('/api/v1/tags', 'POST', DESIGN_CLIENT_HEADERS);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
    expect(list(answer.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(DESIGN_CLIENT_HEADERS.map((h) => h.toLowerCase())),
    );
  });

  it('allows exactly the spec’s list, no wildcard', async () => {
    const answer = await preflight('/api/v1/widget/config', 'GET', ['X-Retry-Count']);
    expect(list(answer.headers.get('access-control-allow-headers'))).toEqual(CLIENT_HEADERS.map((h) => h.toLowerCase()));
  });
});

describe('CORS exposure', () => {
  async function answers(): Promise<Response[]> {
    const headers = { Origin: origin, Authorization: `Bearer ${key}` };
    const url = 'https://sandbox.atender.io/api/v1/tags';
    const post = () =>
      mock.handle(
        new Request(url, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'cors-exposure-1' },
          body: JSON.stringify({ name: 'CORS exposure', color: '#336699' }),
        }),
      );
    const created = await post();
    const replayed = await post();
    const missing = await mock.handle(new Request('https://sandbox.atender.io/api/v1/tags', { headers: { Origin: origin } }));
    const forbidden = await mock.handle(
      new Request(url, {
        headers: { Origin: origin, Authorization: `Bearer ${mock.keys.demo.acme.sandbox.scopes['knowledge:read'].secret}` },
      }),
    );
    return [created, replayed, missing, forbidden];
  }

  it('lets a page read every header the mock answers with (replays, refusals and rate limits included)', async () => {
    const all = await answers();
    expect(all.map((r) => r.status)).toEqual([201, 201, 401, 403]);
    expect(all[1]!.headers.get('idempotent-replayed')).toBe('true');
    for (const answer of all) {
      const exposed = list(answer.headers.get('access-control-expose-headers'));
      const sent = [...answer.headers.keys()].filter((name) => !SAFELISTED.has(name) && !isCorsHeader(name));
      expect(
        sent.filter((name) => !exposed.includes(name)),
        `status ${answer.status}`,
      ).toEqual([]);
      expect(exposed).toEqual(EXPOSED_HEADERS.map((h) => h.toLowerCase()));
    }
  });
});
