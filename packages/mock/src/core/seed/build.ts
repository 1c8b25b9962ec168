/**
 * Turns a tenant's compact demo content into the spec records of one environment. Ids embed the
 * tenant and environment (`art_acmeP01`, `art_acmeS01`), so an id of another tenant or
 * environment never exists in a store: probing it answers 404. No clock, no randomness.
 */
import {
  type ApiKey,
  type Conversation,
  type ConversationMessage,
  type ConversationMessageAuthor,
  type CsatResponse,
  expandScopes,
  type Role,
  type Scope,
} from '@atender/contract';
import type { EnvironmentSeed } from '../store.js';
import type { Environment } from '../types.js';
import type { ConversationContent, TenantContent } from './content.js';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Where each environment's conversations start; the sandbox holds older test traffic. */
const FIRST_DAY: Readonly<Record<Environment, string>> = { production: '2026-10-05', sandbox: '2026-09-07' };
/** How many items of each pool an environment takes, and from where. */
const SLICE: Readonly<Record<Environment, { articles: [number, number]; conversations: [number, number] }>> = {
  production: { articles: [0, 12], conversations: [0, 10] },
  sandbox: { articles: [2, 14], conversations: [2, 12] },
};

const pad = (n: number) => String(n).padStart(2, '0');
const at = (ms: number) => new Date(ms).toISOString();
const day = (date: string, plusDays = 0) => Date.parse(`${date}T00:00:00Z`) + plusDays * DAY_MS;

/** Id helper of one tenant+environment: `ids.make('art', 3)` → `art_acmeP03`. */
function idMaker(content: TenantContent, env: Environment) {
  const stem = `${content.key}${env === 'production' ? 'P' : 'S'}`;
  return (prefix: string, n: number | string) => `${prefix}_${stem}${typeof n === 'number' ? pad(n) : n}`;
}
type IdMaker = ReturnType<typeof idMaker>;

/** A deterministic `whsec_` secret: base64 of 24 bytes derived from the names. */
export function seededWebhookSecret(tenantKey: string, env: Environment, n: number): string {
  const material = `${tenantKey}:${env}:webhook:${n}:`.padEnd(24, '#').slice(0, 24);
  return `whsec_${btoa(material)}`;
}

function knowledge(content: TenantContent, env: Environment, id: IdMaker): Partial<EnvironmentSeed> {
  const created = at(day('2026-01-15'));
  const catId = new Map(content.categories.map((c, i) => [c.slug, id('cat', i + 1)]));
  const subId = new Map<string, string>();
  const kbSubcategories = content.categories.flatMap((c, ci) =>
    c.subs.map(([slug, name], si) => {
      const subcategoryId = id('sub', ci * 10 + si + 1);
      subId.set(slug, subcategoryId);
      return { id: subcategoryId, categoryId: catId.get(c.slug) ?? '', name, slug, position: si, createdAt: created, updatedAt: created };
    }),
  );
  const tagId = new Map(content.kbTags.map((slug, i) => [slug, id('kbt', i + 1)]));
  const [from, to] = SLICE[env].articles;
  const kbArticles = content.articles.slice(from, to).map((a, i) => ({
    id: id('art', from + i + 1),
    slug: a.slug,
    title: a.title,
    body: a.body,
    status: a.status,
    categoryId: catId.get(a.category) ?? null,
    subcategoryId: a.sub === null ? null : (subId.get(a.sub) ?? null),
    tagIds: a.tags.map((t) => tagId.get(t) ?? '').filter(Boolean),
    createdAt: at(day('2026-02-02', (from + i) * 9)),
    updatedAt: at(day('2026-02-02', (from + i) * 9 + 4)),
  }));
  return {
    kbCategories: content.categories.map((c, i) => ({
      id: catId.get(c.slug) ?? '',
      name: c.name,
      slug: c.slug,
      position: i,
      createdAt: created,
      updatedAt: created,
    })),
    kbSubcategories,
    kbTags: content.kbTags.map((slug) => ({ id: tagId.get(slug) ?? '', name: slug.replace(/-/g, ' '), slug, createdAt: created })),
    kbArticles,
  };
}

function people(content: TenantContent, env: Environment, id: IdMaker): Partial<EnvironmentSeed> {
  const contactFields = content.fields.map(([key, label, type, options], i) => ({
    id: id('fld', i + 1),
    key,
    label,
    type,
    options: [...(options ?? [])],
    createdAt: at(day('2026-01-10')),
    updatedAt: at(day('2026-01-10')),
  }));
  const contacts = content.contacts[env].map(([name, email, phone, company, custom], i) => ({
    id: id('con', i + 1),
    name,
    email,
    phone,
    company,
    customFields: { ...custom },
    createdAt: at(day('2026-03-02', i * 11) + 9 * 60 * MINUTE_MS),
    updatedAt: at(day('2026-03-02', i * 11 + 30)),
  }));
  const teams = content.teams.map((name, i) => ({
    id: id('team', i + 1),
    name,
    memberIds: content.users.flatMap(([, , , teamIdx], u) => (teamIdx.includes(i) ? [id('usr', u + 1)] : [])),
    createdAt: at(day('2026-01-05')),
  }));
  const users = content.users.map(([name, email, role, teamIdx], i) => ({
    id: id('usr', i + 1),
    name,
    email,
    role,
    active: true,
    teamIds: teamIdx.map((t) => id('team', t + 1)),
    createdAt: at(day('2026-01-05', i)),
  }));
  const statuses = ['online', 'away', 'online', 'offline', 'online'] as const;
  const agentAvailability = users.map((u, i) => ({
    agentId: u.id,
    status: statuses[i % statuses.length] ?? 'online',
    updatedAt: at(day(FIRST_DAY[env], 11)),
  }));
  return { contactFields, contacts, teams, users, agentAvailability, ...roles(content, env, id, users) };
}

const ROLE_SCOPES: Readonly<Record<string, readonly Scope[]>> = {
  Owner: [
    'settings:write',
    'users:write',
    'knowledge:write',
    'conversations:write',
    'contacts:write',
    'tags:write',
    'analytics:read',
    'webhooks:write',
  ],
  Admin: ['settings:write', 'users:write', 'knowledge:write', 'conversations:write', 'contacts:write', 'tags:write', 'analytics:read'],
  Agent: ['conversations:write', 'contacts:write', 'knowledge:read', 'tags:read', 'snippets:read'],
  Viewer: ['conversations:read', 'contacts:read', 'knowledge:read', 'analytics:read'],
  'Knowledge editor': ['knowledge:write', 'conversations:read', 'tags:read'],
};

function roles(
  content: TenantContent,
  env: Environment,
  id: IdMaker,
  users: readonly { id: string; role: string }[],
): Partial<EnvironmentSeed> {
  const list: Role[] = Object.entries(ROLE_SCOPES).map(([name, scopes], i) => ({
    id: id('rol', name.toLowerCase().replace(/[^a-z]/g, '')),
    name,
    description:
      i < 4 ? `Built-in ${name.toLowerCase()} role.` : 'Writes and publishes help-center articles; reads conversations for context.',
    scopes: [...scopes],
    builtIn: i < 4,
    createdAt: at(day('2026-01-01')),
  }));
  const userRoles = Object.fromEntries(users.map((u) => [u.id, id('rol', u.role)]));
  const invitations = [
    {
      id: id('inv', 1),
      email: `new.agent@${content.key}-${env}.example`,
      name: 'Jordan Ellis',
      roleId: id('rol', 'agent'),
      teamIds: [id('team', 1)],
      status: 'pending' as const,
      invitedBy: id('usr', 1),
      expiresAt: at(day(FIRST_DAY[env], 16)),
      createdAt: at(day(FIRST_DAY[env], 9)),
    },
  ];
  return { roles: list, userRoles, invitations };
}

function author(c: ConversationContent, who: 'c' | 'a' | 'n' | 'b', env: EnvironmentSeed, id: IdMaker): ConversationMessageAuthor {
  if (who === 'b') return { type: 'bot', id: null, name: 'Atender bot' };
  if (who === 'c') {
    const contact = env.contacts?.[c.contact];
    return { type: 'contact', id: contact?.id ?? id('con', 1), name: contact?.name ?? contact?.email ?? 'Customer' };
  }
  const user = env.users?.[c.assignee ?? 1];
  return { type: 'agent', id: user?.id ?? null, name: user?.name ?? 'Support' };
}

function conversation(content: TenantContent, envName: Environment, env: EnvironmentSeed, id: IdMaker, c: ConversationContent, n: number) {
  const openedMs = day(FIRST_DAY[envName], c.day) + Date.parse(`1970-01-01T${c.time}:00Z`);
  const conversationId = id('cnv', n);
  const messages: ConversationMessage[] = c.messages.map(([who, minutes, body], i) => ({
    id: id('msg', n * 10 + i),
    conversationId,
    author: author(c, who, env, id),
    body,
    internal: who === 'n',
    attachmentIds: [],
    createdAt: at(openedMs + minutes * MINUTE_MS),
  }));
  const closedAt = c.closedAfter === undefined ? null : at(openedMs + c.closedAfter * MINUTE_MS);
  const last = messages.at(-1)?.createdAt ?? null;
  const tagByName = new Map((env.tags ?? []).map((t) => [t.name, t.id]));
  const channelKey =
    c.channel === 'chat' ? content.widget.channelId : (content.channels.find(([, type]) => type === c.channel)?.[0] ?? null);
  const updatedAt =
    [last, closedAt, at(openedMs)]
      .filter((x): x is string => x !== null)
      .sort()
      .at(-1) ?? at(openedMs);
  const record: Conversation = {
    id: conversationId,
    subject: c.subject,
    status: c.status,
    snoozedUntil: c.status === 'snoozed' ? at(openedMs + (c.snoozedFor ?? 1440) * MINUTE_MS) : null,
    channel: c.channel,
    channelId: channelKey === null ? null : channelKey.startsWith('chn_') ? channelKey : id('chn', channelKey),
    priority: c.priority,
    contactId: env.contacts?.[c.contact]?.id ?? id('con', 1),
    assigneeId: c.assignee === null ? null : (env.users?.[c.assignee]?.id ?? null),
    teamId: c.team === null ? null : id('team', c.team + 1),
    tagIds: c.tags.map((t) => tagByName.get(t) ?? '').filter(Boolean),
    lastMessageAt: last,
    closedAt: c.status === 'closed' ? (closedAt ?? updatedAt) : null,
    createdAt: at(openedMs),
    updatedAt,
  };
  const csat: CsatResponse[] =
    c.csat && closedAt
      ? [{ id: id('csat', n), conversationId, rating: c.csat[0], comment: c.csat[1], createdAt: at(Date.parse(closedAt) + 45 * MINUTE_MS) }]
      : [];
  return { record, messages, csat };
}

function conversations(content: TenantContent, envName: Environment, env: EnvironmentSeed, id: IdMaker): Partial<EnvironmentSeed> {
  const [from, to] = SLICE[envName].conversations;
  const built = content.conversations.slice(from, to).map((c, i) => conversation(content, envName, env, id, c, from + i + 1));
  const first = built[0];
  const photo = first?.messages.find((m) => m.author.type === 'contact');
  const attachments = photo
    ? [
        {
          id: id('att', 1),
          conversationId: photo.conversationId,
          messageId: photo.id,
          fileName: 'photo-of-the-problem.jpg',
          contentType: 'image/jpeg',
          sizeBytes: 482_133,
          downloadUrl: `https://files.atender.io/attachments/${id('att', 1)}/photo-of-the-problem.jpg`,
          downloadUrlExpiresAt: photo.createdAt,
          createdAt: photo.createdAt,
        },
      ]
    : [];
  const messages = built.flatMap((b) => b.messages).map((m) => (m.id === photo?.id ? { ...m, attachmentIds: [id('att', 1)] } : m));
  return {
    conversations: built.map((b) => b.record),
    messages,
    attachments,
    csatResponses: built.flatMap((b) => b.csat),
  };
}

export {
  at,
  conversations as buildConversations,
  day,
  FIRST_DAY,
  type IdMaker,
  idMaker,
  knowledge as buildKnowledge,
  people as buildPeople,
};

/** Tenant-wide API keys shown on the dashboard (descriptive; the demo credentials live in the key registry). */
export function buildApiKeys(content: TenantContent): ApiKey[] {
  const base: Pick<ApiKey, 'bundles' | 'tier' | 'active' | 'allowedIps' | 'expiresAt' | 'createdBy'> = {
    bundles: [],
    tier: 'standard',
    active: true,
    allowedIps: [],
    expiresAt: null,
    createdBy: `usr_${content.key}P01`,
  };
  return [
    {
      ...base,
      id: `key_${content.key}01`,
      name: 'KB sync (GitHub Actions)',
      prefix: 'sa_live_Kb7s',
      environment: 'production',
      scopes: ['knowledge:write'],
      lastUsedAt: '2026-10-14T06:00:12.000Z',
      createdAt: '2026-04-02T10:15:00.000Z',
    },
    {
      ...base,
      id: `key_${content.key}02`,
      name: 'CRM contact sync',
      prefix: 'sa_live_Cr4m',
      environment: 'production',
      scopes: ['contacts:write', 'conversations:read'],
      lastUsedAt: '2026-10-15T23:10:41.000Z',
      createdAt: '2026-05-19T08:40:00.000Z',
    },
    {
      ...base,
      id: `key_${content.key}03`,
      name: 'Integration tests',
      prefix: 'sa_test_It9x',
      environment: 'sandbox',
      bundles: ['full_access'],
      scopes: expandScopes(['full_access']),
      lastUsedAt: null,
      createdAt: '2026-06-01T12:00:00.000Z',
    },
  ];
}
