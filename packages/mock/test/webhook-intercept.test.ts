/**
 * Deliberate interception: with `webhooks.fetch` going through the global (msw-patched) fetch,
 * a test's own msw handler receives the mock's deliveries in-process — the documented
 * alternative to the default, which bypasses msw and reaches the network.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock, server } = useAtenderMock({ webhooks: { fetch: (request) => fetch(request) } });
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;

describe('deliveries through msw, on purpose', () => {
  it('reach an msw handler, whose answer is logged', async () => {
    const seen: { body: string; signature: string | null }[] = [];
    server.use(
      http.post('https://hooks.acme-tests.com/atender', async ({ request }) => {
        seen.push({ body: await request.text(), signature: request.headers.get('webhook-signature') });
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const hook = await api('POST', '/api/v1/webhooks', {
      key,
      body: { url: 'https://hooks.acme-tests.com/atender', events: ['contact.created'] },
    });
    const contact = await api('POST', '/api/v1/contacts', { key, body: { email: 'intercepted@example.com' } });
    const { delivery } = await mock.webhooks.waitFor('contact.created', { webhookId: hook.body.id });
    expect(delivery.attempts).toEqual([expect.objectContaining({ statusCode: 202, success: true })]);
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]?.body ?? '{}').data.contact).toEqual(contact.body);
    expect(seen[0]?.signature).toMatch(/^v1,/);
  });
});
