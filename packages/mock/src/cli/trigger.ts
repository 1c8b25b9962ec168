/**
 * `atender-mock trigger <event-type>`: makes the sandbox server perform a real write that emits
 * that event (a contact created, a conversation closed, an article published …), so every
 * endpoint subscribed to it gets a real delivery — the same path a production write takes.
 */
import { parseArgs } from 'node:util';
import { type Contact, type Conversation, type User, type WebhookEventType, webhookEventTypeValues } from '@atender/contract';
import { type SandboxTarget, sandboxCall, TARGET_OPTIONS, TARGET_USAGE, targetOf } from './sandbox-api.js';

export const TRIGGER_USAGE = `Usage: atender-mock trigger <event-type> [options]

Performs a real write on the sandbox server that emits the event, e.g. trigger contact.created
creates a contact. Event types: ${webhookEventTypeValues.join(', ')}.
${TARGET_USAGE}`;

/** What a trigger did: the call and the resource it wrote. */
export interface Triggered {
  readonly call: string;
  readonly id: string;
}

type Page<T> = { data: T[] };

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function someContact(t: SandboxTarget): Promise<Contact> {
  const page = await sandboxCall<Page<Contact>>(t, 'GET', '/api/v1/contacts?limit=1');
  return page.data[0] ?? (await sandboxCall<Contact>(t, 'POST', '/api/v1/contacts', { email: `trigger.${stamp()}@example.com` }));
}

async function someConversation(t: SandboxTarget, status?: string): Promise<Conversation> {
  const page = await sandboxCall<Page<Conversation>>(t, 'GET', `/api/v1/conversations?limit=1${status ? `&status=${status}` : ''}`);
  if (page.data[0]) return page.data[0];
  const contact = await someContact(t);
  return sandboxCall<Conversation>(t, 'POST', '/api/v1/conversations', {
    contactId: contact.id,
    channel: 'email',
    subject: 'Triggered by atender-mock',
  });
}

/** One write per event type; each emits exactly that event (and what the spec says comes with it). */
const WRITES: Readonly<Record<WebhookEventType, (t: SandboxTarget) => Promise<Triggered>>> = {
  'contact.created': async (t) => {
    const contact = await sandboxCall<Contact>(t, 'POST', '/api/v1/contacts', {
      email: `trigger.${stamp()}@example.com`,
      name: 'Triggered Contact',
    });
    return { call: 'POST /api/v1/contacts', id: contact.id };
  },
  'contact.updated': async (t) => {
    const contact = await someContact(t);
    await sandboxCall(t, 'PATCH', `/api/v1/contacts/${contact.id}`, { company: `Trigger ${stamp()}` });
    return { call: `PATCH /api/v1/contacts/${contact.id}`, id: contact.id };
  },
  'conversation.created': async (t) => {
    const contact = await someContact(t);
    const conversation = await sandboxCall<Conversation>(t, 'POST', '/api/v1/conversations', {
      contactId: contact.id,
      channel: 'email',
      subject: 'Triggered by atender-mock',
    });
    return { call: 'POST /api/v1/conversations', id: conversation.id };
  },
  'conversation.status_changed': async (t) => {
    const conversation = await someConversation(t, 'open');
    const status = conversation.status === 'open' ? 'pending' : 'open';
    await sandboxCall(t, 'POST', `/api/v1/conversations/${conversation.id}/status`, { status });
    return { call: `POST /api/v1/conversations/${conversation.id}/status`, id: conversation.id };
  },
  'conversation.assigned': async (t) => {
    const conversation = await someConversation(t);
    const users = await sandboxCall<Page<User>>(t, 'GET', '/api/v1/users?limit=100');
    const assignee = users.data.find((u) => u.active && u.id !== conversation.assigneeId)?.id ?? null;
    await sandboxCall(t, 'POST', `/api/v1/conversations/${conversation.id}/assign`, { assigneeId: assignee });
    return { call: `POST /api/v1/conversations/${conversation.id}/assign`, id: conversation.id };
  },
  'message.created': async (t) => {
    const conversation = await someConversation(t);
    const message = await sandboxCall<{ id: string }>(t, 'POST', `/api/v1/conversations/${conversation.id}/messages`, {
      body: 'Triggered by atender-mock.',
      internal: true,
    });
    return { call: `POST /api/v1/conversations/${conversation.id}/messages`, id: message.id };
  },
  'kb_article.published': async (t) => {
    const slug = `triggered-${stamp()}`;
    const article = await sandboxCall<{ id: string }>(t, 'POST', '/api/v1/kb/articles', {
      slug,
      title: 'Triggered article',
      body: 'Published by atender-mock trigger.',
      status: 'published',
    });
    return { call: 'POST /api/v1/kb/articles', id: article.id };
  },
};

/** Runs `trigger`; answers the exit code. */
export async function trigger(argv: readonly string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: { help: { type: 'boolean', default: false }, ...TARGET_OPTIONS },
  });
  if (values.help) {
    out(TRIGGER_USAGE);
    return 0;
  }
  const type = positionals[0];
  if (positionals.length !== 1 || !(webhookEventTypeValues as readonly string[]).includes(type ?? '')) {
    throw new Error(`trigger needs one event type${type ? `; "${type}" is not one` : ''}.\n\n${TRIGGER_USAGE}`);
  }
  const done = await WRITES[type as WebhookEventType](targetOf(values));
  out(`Triggered ${type}: ${done.call} (${done.id})`);
  return 0;
}
