/**
 * Demo traffic for the mock. The mock's seed has a dozen conversations from September 2026, so
 * "the last 30 days" would chart nothing; against the mock (never against a real account) the
 * CLI first adds a deterministic year of conversations to the demo tenant's sandbox store:
 * busier on weekdays, busier before the holidays, each with a first agent reply and most closed.
 */
import type { ConversationChannel, SlaPriority } from '@atender/contract';
import type { EnvironmentStore } from '@atender/mock';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
/** Monday first, like the weekly buckets. */
const WEEKDAY_LOAD = [0.5, 1.3, 1.15, 1.1, 1.05, 0.95, 0.55] as const;
const CHANNELS: readonly ConversationChannel[] = ['email', 'email', 'chat', 'chat', 'whatsapp', 'sms'];
const PRIORITIES: readonly SlaPriority[] = ['normal', 'normal', 'normal', 'low', 'low', 'high', 'urgent'];

/** Options of {@link addDemoTraffic}. */
export interface DemoTrafficOptions {
  /** The last day with traffic. @default now */
  readonly now?: Date;
  /** How many days back the traffic reaches (the longest report range, plus a margin). @default 400 */
  readonly days?: number;
}

/** A small seeded generator (mulberry32): the same traffic on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function conversationsOn(day: Date, random: () => number): number {
  const month = day.getUTCMonth();
  // An outdoor retailer: spring gear, summer trips, and the November–December gift rush.
  const season = [0.8, 0.8, 1, 1.1, 1.2, 1.3, 1.3, 1.2, 1, 0.95, 1.35, 1.5][month]!;
  return Math.round(9 * season * WEEKDAY_LOAD[day.getUTCDay()]! * (0.75 + 0.5 * random()));
}

/**
 * Adds the demo traffic to a store and answers how many conversations it added.
 *
 * @example
 * addDemoTraffic(server.mock.store.for('ten_acme', 'sandbox')); // 3612
 */
export function addDemoTraffic(store: EnvironmentStore, options: DemoTrafficOptions = {}): number {
  const now = (options.now ?? new Date()).getTime();
  const random = createRandom(20261126);
  const agents = store.users.list((u) => u.role === 'agent' || u.role === 'admin');
  const contacts = store.contacts.list();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const today = Math.floor(now / DAY_MS);
  let added = 0;
  for (let day = today - (options.days ?? 400) + 1; day <= today; day++) {
    for (let n = conversationsOn(new Date(day * DAY_MS), random); n > 0; n--) {
      const openedMs = day * DAY_MS + (7 + random() * 13) * 60 * MINUTE_MS;
      if (openedMs > now) continue;
      const agent = pick(agents);
      const contactId = pick(contacts).id;
      addConversation(store, { openedMs, now, agent, contactId, channel: pick(CHANNELS), priority: pick(PRIORITIES), random });
      added++;
    }
  }
  return added;
}

interface NewConversation {
  readonly openedMs: number;
  readonly now: number;
  readonly agent: { readonly id: string; readonly name: string };
  readonly contactId: string;
  readonly channel: ConversationChannel;
  readonly priority: SlaPriority;
  readonly random: () => number;
}

function addConversation(store: EnvironmentStore, c: NewConversation): void {
  const at = (ms: number) => new Date(ms).toISOString();
  // Skewed: most replies within the hour, a tail of slow ones that breach the tighter SLAs.
  const replyMs = c.openedMs + (3 + c.random() ** 3 * 600) * MINUTE_MS;
  const closedMs = c.openedMs + (30 + c.random() ** 2 * 4 * 24 * 60) * MINUTE_MS;
  const closed = closedMs <= c.now && c.random() < 0.93;
  const replied = replyMs <= c.now;
  const updatedMs = closed ? closedMs : replied ? replyMs : c.openedMs;
  const conversation = store.conversations.insert({
    subject: 'Question about an order',
    status: closed ? 'closed' : 'open',
    snoozedUntil: null,
    channel: c.channel,
    channelId: store.channels.find((ch) => ch.type === c.channel)?.id ?? null,
    priority: c.priority,
    contactId: c.contactId,
    assigneeId: c.agent.id,
    teamId: null,
    tagIds: [],
    lastMessageAt: replied ? at(replyMs) : null,
    closedAt: closed ? at(closedMs) : null,
    createdAt: at(c.openedMs),
    updatedAt: at(updatedMs),
  });
  if (!replied) return;
  store.messages.insert({
    conversationId: conversation.id,
    author: { type: 'agent', id: c.agent.id, name: c.agent.name },
    body: 'Thanks for writing in, let me check that for you.',
    internal: false,
    attachmentIds: [],
    createdAt: at(replyMs),
  });
}
