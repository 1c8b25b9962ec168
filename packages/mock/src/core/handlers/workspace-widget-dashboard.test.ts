import { describe, expect, it } from 'vitest';
import { call, keyCaller, TEST_NOW } from '../../../test/support/handler-context.js';
import { createStore } from '../store.js';

const session = (userId: string) =>
  ({ kind: 'session', userId, tenantId: 'ten_acme', environment: 'sandbox', scopes: ['settings:write', 'users:write'] }) as const;
const widget = (channelId = 'chn_acmeWebchat') => keyCaller('ten_acme', 'sandbox', { kind: 'publishable', channelId });

describe('auth and workspace', () => {
  it('describes the calling key from the caller context', async () => {
    const store = createStore().for('ten_acme', 'production');
    const caller = keyCaller('ten_acme', 'production', {
      id: 'key_abc123',
      name: 'KB sync',
      tier: 'custom-tier',
      expiresAt: Date.UTC(2027, 0, 1),
    });
    const { body } = await call(store, 'getApiKeyInfo', { caller });
    expect(body).toMatchObject({
      id: 'key_abc123',
      name: 'KB sync',
      prefix: 'sa_live_Test',
      tenantId: 'ten_acme',
      environment: 'production',
      tier: 'standard',
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
  });

  it('updates settings and validates business hours and time zones', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const bad = await call(store, 'updateWorkspaceSettings', {
      body: { timezone: 'Mars/Olympus', businessHours: { enabled: true, intervals: [{ day: 'monday', opens: '18:00', closes: '09:00' }] } },
    });
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/body/businessHours/intervals/0/closes',
      '/body/timezone',
    ]);
    const good = await call(store, 'updateWorkspaceSettings', { body: { name: 'Acme QA' } });
    expect(good.body).toMatchObject({ name: 'Acme QA', timezone: 'America/Denver', updatedAt: new Date(TEST_NOW).toISOString() });
  });

  it('filters users, channels, automations, availability, notifications and CSAT', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    expect((await call(store, 'listUsers', { query: { role: 'agent' } })).body.data).toHaveLength(3);
    expect((await call(store, 'listChannels', { query: { type: 'chat' } })).body.data.map((c: { id: string }) => c.id)).toEqual([
      'chn_acmeWebchat',
    ]);
    expect((await call(store, 'listAutomations', { query: { enabled: false } })).body.data).toHaveLength(1);
    expect((await call(store, 'listAgentAvailability', { query: { status: 'online' } })).body.data.length).toBeGreaterThan(0);
    expect(
      (await call(store, 'listCsatResponses', { query: { rating: 5 } })).body.data.every((r: { rating: number }) => r.rating === 5),
    ).toBe(true);
    const unread = (await call(store, 'listNotifications', { query: { unread: true } })).body.data;
    const first = await call(store, 'markNotificationRead', { params: { notificationId: unread[0].id } });
    const again = await call(store, 'markNotificationRead', { params: { notificationId: unread[0].id }, now: TEST_NOW + 60_000 });
    expect(again.body.readAt).toBe(first.body.readAt);
    expect((await call(store, 'setAgentAvailability', { params: { agentId: 'usr_globexS01' }, body: { status: 'away' } })).status).toBe(
      404,
    );
    expect((await call(store, 'createSnippet', { body: { shortcut: 'return-label', title: 'Dup', body: 'x' } })).status).toBe(409);
  });

  it('searches conversations, contacts and articles, narrowed by types', async () => {
    const store = createStore().for('ten_acme', 'production');
    const all = await call(store, 'searchWorkspace', { query: { q: 'boots' } });
    expect(new Set(all.body.data.map((h: { type: string }) => h.type))).toEqual(new Set(['conversation', 'article']));
    const contacts = await call(store, 'searchWorkspace', { query: { q: 'maria', types: ['contact'] } });
    expect(contacts.body.data).toEqual([expect.objectContaining({ type: 'contact', title: 'Maria Alvarez' })]);
  });

  it('runs a bulk job and reports it', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const open = store.conversations.list((c) => c.status !== 'closed').map((c) => c.id);
    const job = await call(store, 'createBulkJob', {
      body: { operation: 'tag_conversations', ids: [...open, 'cnv_gone1'], params: { tagIds: ['tag_acmeS10'] } },
    });
    expect(job).toMatchObject({ status: 202, body: { status: 'queued', progress: { total: open.length + 1, processed: 0 } } });
    expect((await call(store, 'getBulkJob', { params: { jobId: job.body.id } })).body).toMatchObject({
      status: 'succeeded',
      progress: { failed: 1 },
    });
    expect(store.conversations.list((c) => c.tagIds.includes('tag_acmeS10'))).toHaveLength(open.length);
    expect((await call(store, 'createBulkJob', { body: { operation: 'tag_conversations', ids: open } })).status).toBe(400);
  });
});

describe('widget', () => {
  it("answers the pinned channel's config with business hours", async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    // TEST_NOW is Tuesday 06:00 in Denver, before opening; six hours later it is noon.
    const { body } = await call(store, 'getWidgetConfig', { caller: widget() });
    expect(body).toMatchObject({
      channelId: 'chn_acmeWebchat',
      name: 'Acme Outdoor Gear support (sandbox)',
      businessHours: { timezone: 'America/Denver', openNow: false },
    });
    const noon = await call(store, 'getWidgetConfig', { caller: widget(), now: TEST_NOW + 6 * 3_600_000 });
    expect(noon.body.businessHours.openNow).toBe(true);
    expect(body.businessHours.intervals[0]).toEqual({ day: 'monday', open: '08:00', close: '18:00' });
  });

  it('starts a conversation on the channel, links the visitor by email and hides internal notes', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const made = await call(store, 'createWidgetConversation', {
      caller: widget(),
      body: { message: 'Do you ship to Canada?', email: 'DANA@acme-sandbox.example' },
    });
    expect(made.body).toMatchObject({
      channelId: 'chn_acmeWebchat',
      status: 'open',
      messages: [{ authorType: 'visitor', authorName: null, body: 'Do you ship to Canada?' }],
    });
    expect(store.conversations.get(made.body.id)?.contactId).toBe('con_acmeS04');
    await call(store, 'sendConversationMessage', {
      params: { conversationId: made.body.id },
      body: { body: 'secret note', internal: true, authorType: 'agent' },
    });
    const sent = await call(store, 'sendWidgetMessage', {
      caller: widget(),
      params: { conversationId: made.body.id },
      body: { body: 'Hello?' },
    });
    expect(sent.body).toMatchObject({ authorType: 'visitor', conversationId: made.body.id });
    const other = await call(store, 'sendWidgetMessage', {
      caller: widget('chn_otherChat'),
      params: { conversationId: made.body.id },
      body: { body: 'x' },
    });
    expect(other.status).toBe(404);
    const emailConversation = store.conversations.find((c) => c.channel === 'email')!;
    expect(
      (await call(store, 'sendWidgetMessage', { caller: widget(), params: { conversationId: emailConversation.id }, body: { body: 'x' } }))
        .status,
    ).toBe(404);
  });
});

describe('dashboard', () => {
  it('creates, lists and revokes API keys across both environments', async () => {
    const mock = createStore();
    const store = mock.for('ten_acme', 'sandbox');
    const made = await call(store, 'createApiKey', {
      caller: session('usr_acmeS01'),
      body: { name: 'Zapier', environment: 'production', scopes: ['tags:read'], bundles: ['basic'] },
    });
    expect(made.body.secret).toMatch(/^sa_live_[A-Za-z0-9]{32}$/);
    expect(made.body).toMatchObject({
      createdBy: 'usr_acmeS01',
      prefix: made.body.secret.slice(0, 12),
      scopes: ['contacts:read', 'conversations:read', 'tags:read'],
    });
    expect(store.apiKeyCredentials.get(made.body.id)).toEqual({ secret: made.body.secret, previous: null, revoked: null });
    const live = await call(mock.for('ten_acme', 'production'), 'listApiKeys', { query: { environment: 'production' } });
    expect(live.body.data.map((k: { name: string }) => k.name)).toContain('Zapier');
    expect(live.body.data.every((k: Record<string, unknown>) => !('secret' in k))).toBe(true);
    expect((await call(store, 'revokeApiKey', { params: { keyId: made.body.id } })).body).toEqual({ id: made.body.id, deleted: true });
    expect((await call(store, 'revokeApiKey', { params: { keyId: made.body.id } })).status).toBe(404);
  });

  it('counts seats from users and pending invitations; invitations are unique', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    expect((await call(store, 'getBillingSubscription')).body.seats).toEqual({ purchased: 10, used: 6 });
    expect(
      (await call(store, 'inviteUser', { body: { email: 'HANNAH.BROOKS@acme-outdoor.example', roleId: 'rol_acmeSagent' } })).status,
    ).toBe(409);
    expect((await call(store, 'inviteUser', { body: { email: 'x@example.com', roleId: 'rol_nope' } })).status).toBe(400);
    const invited = await call(store, 'inviteUser', {
      caller: session('usr_acmeS01'),
      body: { email: 'x@example.com', roleId: 'rol_acmeSagent' },
    });
    expect(invited.body).toMatchObject({
      status: 'pending',
      invitedBy: 'usr_acmeS01',
      expiresAt: new Date(TEST_NOW + 7 * 86_400_000).toISOString(),
    });
    expect((await call(store, 'getBillingSubscription')).body.seats.used).toBe(7);
  });

  it('changes roles but always keeps an owner', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    expect((await call(store, 'setUserRole', { params: { userId: 'usr_acmeS01' }, body: { roleId: 'rol_acmeSagent' } })).status).toBe(409);
    expect((await call(store, 'setUserRole', { params: { userId: 'usr_acmeS04' }, body: { roleId: 'rol_acmeSowner' } })).body.roleId).toBe(
      'rol_acmeSowner',
    );
    expect((await call(store, 'setUserRole', { params: { userId: 'usr_acmeS01' }, body: { roleId: 'rol_acmeSagent' } })).status).toBe(200);
    expect(store.users.get('usr_acmeS01')?.role).toBe('agent');
    const roles = (await call(store, 'listRoles')).body.data;
    expect(roles.at(-1)).toMatchObject({ name: 'Knowledge editor', builtIn: false });
  });

  it('reserved handlers still answer spec-valid bodies', async () => {
    const store = createStore().for('ten_acme', 'production');
    const ai = await call(store, 'getAiReplySuggestions', { query: { conversationId: 'cnv_acmeP05' } });
    expect(ai.body.suggestions.length).toBeGreaterThan(0);
    expect((await call(store, 'getAiReplySuggestions', { query: { conversationId: 'cnv_nope1' } })).status).toBe(404);
  });
});
