/**
 * The workspace part of an environment's seed (tags, channels, settings, billing, widget,
 * snippets, SLA policies, automations, webhooks, notifications, bulk jobs) and the assembly of a
 * whole environment from a tenant's content.
 */
import type { Tag } from '@atender/contract';
import type { EnvironmentSeed, TenantSeed } from '../store.js';
import type { Environment } from '../types.js';
import {
  at,
  buildApiKeys,
  buildConversations,
  buildKnowledge,
  buildPeople,
  day,
  FIRST_DAY,
  type IdMaker,
  idMaker,
  seededWebhookSecret,
} from './build.js';
import type { TenantContent } from './content.js';

function tagTree(content: TenantContent, id: IdMaker): Tag[] {
  const created = at(day('2026-01-20'));
  let n = 0;
  return content.tagTree.flatMap(([name, color, children]) => {
    const parentId = id('tag', ++n);
    const parent: Tag = { id: parentId, name, color, parentId: null, createdAt: created, updatedAt: created };
    const kids = children.map(([childName, childColor]) => ({
      id: id('tag', ++n),
      name: childName,
      color: childColor,
      parentId,
      createdAt: created,
      updatedAt: created,
    }));
    return [parent, ...kids];
  });
}

function channelsAndLooks(content: TenantContent, env: Environment, id: IdMaker): Partial<EnvironmentSeed> {
  const created = at(day('2026-01-08'));
  const channels = [
    { id: content.widget.channelId, type: 'chat' as const, name: 'Website chat', address: null, createdAt: created },
    ...content.channels.map(([key, type, name, address]) => ({ id: id('chn', key), type, name, address, createdAt: created })),
  ];
  const widgetConfigs = {
    [content.widget.channelId]: {
      channelId: content.widget.channelId,
      name: env === 'production' ? `${content.name} support` : `${content.name} support (sandbox)`,
      greeting: content.widget.greeting,
      colors: { primary: content.widget.primary, background: '#FFFFFF', text: '#1F2937' },
      businessHours: { timezone: content.timezone, intervals: [], openNow: true, offlineMessage: content.widget.offline },
    },
  };
  const settings = {
    name: env === 'production' ? content.name : `${content.name} (sandbox)`,
    timezone: content.timezone,
    defaultLanguage: content.language,
    businessHours: { enabled: true, intervals: content.hours.map(([d, opens, closes]) => ({ day: d, opens, closes })) },
    updatedAt: at(day('2026-02-01')),
  };
  return { channels, widgetConfigs, settings };
}

function billing(content: TenantContent, env: Environment): EnvironmentSeed['billing'] {
  return {
    plan: content.plan,
    status: env === 'production' ? 'active' : 'trialing',
    billingInterval: env === 'production' ? 'year' : 'month',
    seats: { purchased: content.seats, used: 0 },
    currentPeriodStart: at(day('2026-10-01')),
    currentPeriodEnd: at(day(env === 'production' ? '2027-10-01' : '2026-11-01')),
    cancelAtPeriodEnd: false,
    trialEndsAt: env === 'production' ? null : at(day('2026-11-01')),
    rateLimitTier: content.plan === 'enterprise' ? 'enterprise' : content.plan === 'business' ? 'elevated' : 'standard',
  };
}

function operations(content: TenantContent, env: Environment, id: IdMaker, conversationIds: readonly string[]): Partial<EnvironmentSeed> {
  const created = at(day('2026-02-10'));
  const snippets = content.snippets.map(([shortcut, title, body], i) => ({
    id: id('snp', i + 1),
    shortcut,
    title,
    body,
    createdAt: created,
    updatedAt: created,
  }));
  const slaPolicies = content.sla.map(([name, priority, firstResponseMinutes, resolutionMinutes], i) => ({
    id: id('sla', i + 1),
    name,
    priority,
    firstResponseMinutes,
    resolutionMinutes,
    createdAt: created,
  }));
  const automations = content.automations.map(([name, trigger, enabled], i) => ({
    id: id('aut', i + 1),
    name,
    trigger,
    enabled,
    createdAt: created,
    updatedAt: created,
  }));
  const webhooks = content.webhooks.map(([url, description, events, active], i) => ({
    id: id('whk', i + 1),
    url: env === 'production' ? url : url.replace('https://', 'https://staging.'),
    description,
    events: [...events],
    active,
    status: 'healthy' as const,
    failingSince: null,
    createdAt: created,
    updatedAt: created,
  }));
  const webhookSecrets = Object.fromEntries(webhooks.map((w, i) => [w.id, seededWebhookSecret(content.key, env, i + 1)]));
  const notifications = content.notifications.map(([type, title, conversation, read], i) => ({
    id: id('ntf', i + 1),
    type,
    title,
    conversationId: conversation === null ? null : (conversationIds[conversation] ?? null),
    readAt: read ? at(day(FIRST_DAY[env], 10 + i)) : null,
    createdAt: at(day(FIRST_DAY[env], 2 + i) + 3_600_000 * (9 + i)),
  }));
  const bulkJobs = [
    {
      id: id('job', 1),
      operation: 'close_conversations' as const,
      status: 'succeeded' as const,
      progress: { total: 42, processed: 42, failed: 1 },
      createdAt: at(day(FIRST_DAY[env], -3)),
      completedAt: at(day(FIRST_DAY[env], -3) + 90_000),
    },
  ];
  return { snippets, slaPolicies, automations, webhooks, webhookSecrets, notifications, bulkJobs };
}

/** Every record of one tenant in one environment. */
export function buildEnvironment(content: TenantContent, env: Environment): EnvironmentSeed {
  const id = idMaker(content, env);
  const base: EnvironmentSeed = {
    ...buildKnowledge(content, env, id),
    ...buildPeople(content, env, id),
    tags: tagTree(content, id),
    ...channelsAndLooks(content, env, id),
    billing: billing(content, env),
  };
  const withConversations: EnvironmentSeed = { ...base, ...buildConversations(content, env, base, id) };
  const conversationIds = (withConversations.conversations ?? []).map((c) => c.id);
  return { ...withConversations, ...operations(content, env, id, conversationIds) };
}

/** Both environments of a tenant plus its dashboard API keys. */
export function buildTenant(content: TenantContent): TenantSeed {
  return {
    production: buildEnvironment(content, 'production'),
    sandbox: buildEnvironment(content, 'sandbox'),
    apiKeys: buildApiKeys(content),
  };
}
