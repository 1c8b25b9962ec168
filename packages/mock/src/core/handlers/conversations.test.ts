import { describe, expect, it } from 'vitest';
import { call, keyCaller, TEST_NOW } from '../../../test/support/handler-context.js';
import { createStore } from '../store.js';

const fresh = () => createStore().for('ten_acme', 'sandbox');
const statusOf = (store: ReturnType<typeof fresh>, status: string) => store.conversations.find((c) => c.status === status)!;

describe('conversation handlers', () => {
  it('lists most recently active first and filters by status, assignee, contact and channel', async () => {
    const store = fresh();
    const all = (await call(store, 'listConversations', { query: { limit: 100 } })).body.data;
    const activity = all.map((c: { lastMessageAt: string }) => c.lastMessageAt);
    expect(activity).toEqual([...activity].sort().reverse());
    for (const [key, value] of [
      ['status', 'closed'],
      ['channel', 'chat'],
      ['assigneeId', 'usr_acmeS02'],
      ['contactId', 'con_acmeS04'],
    ] as const) {
      const { body } = await call(store, 'listConversations', { query: { [key]: value } });
      expect(body.data.length).toBeGreaterThan(0);
      expect(body.data.every((c: Record<string, unknown>) => c[key] === value)).toBe(true);
    }
  });

  it('creates a conversation for an existing contact only', async () => {
    const store = fresh();
    const made = await call(store, 'createConversation', { body: { contactId: 'con_acmeS01', channel: 'sms', tagIds: ['tag_acmeS01'] } });
    expect(made).toMatchObject({ status: 201, body: { status: 'open', subject: null, tagIds: ['tag_acmeS01'], assigneeId: null } });
    expect(made.body).toMatchObject({ channelId: 'chn_acmeSsms', priority: 'normal', closedAt: null });
    const urgent = await call(store, 'createConversation', {
      body: { contactId: 'con_acmeS01', channel: 'email', channelId: 'chn_acmeSemail', priority: 'urgent', status: 'closed' },
    });
    expect(urgent.body).toMatchObject({ channelId: 'chn_acmeSemail', priority: 'urgent', closedAt: new Date(TEST_NOW).toISOString() });
    for (const channelId of ['chn_nope', 'chn_acmeSsms']) {
      const wrong = await call(store, 'createConversation', { body: { contactId: 'con_acmeS01', channel: 'email', channelId } });
      expect(wrong).toMatchObject({ status: 400, body: { errors: [{ path: '/body/channelId' }] } });
    }
    const bad = await call(store, 'createConversation', { body: { contactId: 'con_globexS01', channel: 'sms', assigneeId: 'usr_nope' } });
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/body/assigneeId', '/body/contactId']);
  });

  it('validates status changes', async () => {
    const store = fresh();
    const open = statusOf(store, 'open');
    const noUntil = await call(store, 'changeConversationStatus', { params: { conversationId: open.id }, body: { status: 'snoozed' } });
    expect(noUntil).toMatchObject({ status: 400, body: { errors: [{ path: '/body/snoozedUntil' }] } });
    const past = await call(store, 'changeConversationStatus', {
      params: { conversationId: open.id },
      body: { status: 'snoozed', snoozedUntil: '2026-01-01T00:00:00Z' },
    });
    expect(past.status).toBe(400);
    const until = new Date(TEST_NOW + 3_600_000).toISOString();
    const snoozed = await call(store, 'changeConversationStatus', {
      params: { conversationId: open.id },
      body: { status: 'snoozed', snoozedUntil: until },
    });
    expect(snoozed.body).toMatchObject({ status: 'snoozed', snoozedUntil: until });
    const closed = await call(store, 'changeConversationStatus', {
      params: { conversationId: open.id },
      body: { status: 'closed', snoozedUntil: until },
    });
    expect(closed.body).toMatchObject({ status: 'closed', snoozedUntil: null, closedAt: new Date(TEST_NOW).toISOString() });
    const refused = await call(store, 'changeConversationStatus', { params: { conversationId: open.id }, body: { status: 'pending' } });
    expect(refused).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    const reopened = await call(store, 'changeConversationStatus', { params: { conversationId: open.id }, body: { status: 'open' } });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
  });

  it('assigns and unassigns, keeping the team when omitted', async () => {
    const store = fresh();
    const c = store.conversations.find((x) => x.teamId !== null)!;
    const assigned = await call(store, 'assignConversation', { params: { conversationId: c.id }, body: { assigneeId: 'usr_acmeS05' } });
    expect(assigned.body).toMatchObject({ assigneeId: 'usr_acmeS05', teamId: c.teamId });
    const cleared = await call(store, 'assignConversation', { params: { conversationId: c.id }, body: { assigneeId: null, teamId: null } });
    expect(cleared.body).toMatchObject({ assigneeId: null, teamId: null });
    expect(
      (await call(store, 'assignConversation', { params: { conversationId: c.id }, body: { assigneeId: 'usr_acmeP02' } })).status,
    ).toBe(400);
    store.users.update('usr_acmeS04', { active: false });
    expect(
      (await call(store, 'assignConversation', { params: { conversationId: c.id }, body: { assigneeId: 'usr_acmeS04' } })).status,
    ).toBe(409);
  });

  it('sends messages; a contact message reopens, internal notes need an agent', async () => {
    const store = fresh();
    const closed = statusOf(store, 'closed');
    const before = (await call(store, 'listConversationMessages', { params: { conversationId: closed.id } })).body.data.length;
    const note = await call(store, 'sendConversationMessage', {
      params: { conversationId: closed.id },
      body: { body: 'Internal', internal: true, authorType: 'agent' },
    });
    expect(note.body).toMatchObject({ internal: true, author: { type: 'agent', id: closed.assigneeId } });
    expect(store.conversations.get(closed.id)?.status).toBe('closed');
    const reply = await call(store, 'sendConversationMessage', {
      params: { conversationId: closed.id },
      body: { body: 'One more thing', authorType: 'contact', internal: false },
    });
    expect(reply.body.author).toMatchObject({ type: 'contact', id: closed.contactId });
    expect(store.conversations.get(closed.id)).toMatchObject({ status: 'open', lastMessageAt: reply.body.createdAt });
    const bad = await call(store, 'sendConversationMessage', {
      params: { conversationId: closed.id },
      body: { body: 'x', internal: true, authorType: 'contact' },
    });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ path: '/body/internal' }] } });
    const list = await call(store, 'listConversationMessages', { params: { conversationId: closed.id } });
    expect(list.body.data).toHaveLength(before + 2);
  });

  it('uses the session user as author', async () => {
    const store = fresh();
    const caller = {
      kind: 'session',
      userId: 'usr_acmeS03',
      tenantId: 'ten_acme',
      environment: 'sandbox',
      scopes: ['conversations:write'],
    } as const;
    const c = store.conversations.list()[0]!;
    const sent = await call(store, 'sendConversationMessage', {
      caller,
      params: { conversationId: c.id },
      body: { body: 'Hi', internal: false, authorType: 'agent' },
    });
    expect(sent.body.author).toEqual({ type: 'agent', id: 'usr_acmeS03', name: 'Emma Lindqvist' });
  });

  it('attaches uploaded files to a message exactly once', async () => {
    const store = fresh();
    const c = store.conversations.list()[0]!;
    const body = { fileName: 'map.png', contentType: 'image/png', sizeBytes: 3, contentBase64: 'YWJj' };
    expect((await call(store, 'createAttachment', { params: { conversationId: c.id }, body: { ...body, sizeBytes: 4 } })).status).toBe(400);
    const att = await call(store, 'createAttachment', { params: { conversationId: c.id }, body });
    expect(att.body).toMatchObject({ messageId: null, sizeBytes: 3 });
    const msg = await call(store, 'sendConversationMessage', {
      params: { conversationId: c.id },
      body: { body: 'See map', internal: false, authorType: 'agent', attachmentIds: [att.body.id] },
    });
    expect((await call(store, 'getAttachment', { params: { attachmentId: att.body.id } })).body.messageId).toBe(msg.body.id);
    const again = await call(store, 'sendConversationMessage', {
      params: { conversationId: c.id },
      body: { body: 'x', internal: false, authorType: 'agent', attachmentIds: [att.body.id] },
    });
    expect(again.status).toBe(409);
    const elsewhere = store.conversations.list()[1]!;
    expect(
      (
        await call(store, 'sendConversationMessage', {
          params: { conversationId: elsewhere.id },
          body: { body: 'x', internal: false, authorType: 'agent', attachmentIds: [att.body.id] },
        })
      ).status,
    ).toBe(400);
    expect(
      (await call(store, 'listConversationAttachments', { params: { conversationId: c.id } })).body.data.map((a: { id: string }) => a.id),
    ).toContain(att.body.id);
  });

  it('adds and removes tags idempotently; unknown tag or conversation is 404', async () => {
    const store = fresh();
    const c = store.conversations.find((x) => !x.tagIds.includes('tag_acmeS01'))!;
    const params = { conversationId: c.id, tagId: 'tag_acmeS01' };
    expect((await call(store, 'assignConversationTag', { params })).body.tagIds).toContain('tag_acmeS01');
    expect((await call(store, 'assignConversationTag', { params })).body.tagIds.filter((t: string) => t === 'tag_acmeS01')).toHaveLength(1);
    expect((await call(store, 'removeConversationTag', { params })).body.tagIds).not.toContain('tag_acmeS01');
    expect((await call(store, 'removeConversationTag', { params })).status).toBe(200);
    expect((await call(store, 'assignConversationTag', { params: { conversationId: c.id, tagId: 'tag_globexS01' } })).status).toBe(404);
    expect(
      (await call(store, 'getConversation', { params: { conversationId: 'cnv_globexS03' }, caller: keyCaller('ten_acme', 'sandbox') }))
        .status,
    ).toBe(404);
  });
});
