/**
 * Reports computed from the caller's own conversations, messages and CSAT answers: volume per
 * day or week, SLA breach rates per policy and per-agent statistics.
 */
import type { AgentStats, Conversation, ConversationMessage, ConversationVolumeReport, SlaPolicyBreachRate } from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import type { TypedOperationHandler } from '../types.js';
import { messagesOf } from './conversation-ops.js';
import { dayNumber, dayString, median, mondayOf, type ReportRange, readRange, secondsBetween } from './report-range.js';
import { ok, queryString, validationFailed } from './respond.js';

function closedAtOf(conversation: Conversation): string | null {
  return conversation.status === 'closed' ? (conversation.closedAt ?? conversation.updatedAt) : null;
}

/** The first reply the contact could see: an agent's, not an internal note. */
function firstAgentReply(messages: readonly ConversationMessage[]): ConversationMessage | undefined {
  return messages.find((m) => m.author.type === 'agent' && !m.internal);
}

function bucketDates(range: ReportRange, interval: 'day' | 'week'): string[] {
  const step = interval === 'day' ? 1 : 7;
  const first = interval === 'day' ? range.from : mondayOf(range.from);
  const dates: string[] = [];
  for (let day = dayNumber(first); day <= dayNumber(range.to); day += step) dates.push(dayString(day));
  return dates;
}

/**
 * `GET /analytics/conversation-volume`. `channel` is an inbox id (`chn_…`), matched against each
 * conversation's `channelId` and echoed as `channelId`.
 */
export const getConversationVolume: TypedOperationHandler<'getConversationVolume'> = (ctx) => {
  const range = readRange(ctx);
  if (Array.isArray(range)) return validationFailed(ctx, range);
  const interval: ConversationVolumeReport['interval'] = queryString(ctx, 'interval') === 'week' ? 'week' : 'day';
  const channel = queryString(ctx, 'channel');
  const dates = bucketDates(range, interval);
  const buckets = dates.map((date) => ({ date, created: 0, closed: 0 }));
  const bucketOf = (timestamp: string) => {
    const day = range.dayOf(timestamp);
    const key = interval === 'day' ? day : mondayOf(day);
    return buckets[dates.indexOf(key)];
  };
  const conversations = ctx.store.conversations.list((c) => channel === undefined || c.channelId === channel);
  for (const conversation of conversations) {
    if (range.contains(conversation.createdAt)) bucketOf(conversation.createdAt)!.created++;
    const closedAt = closedAtOf(conversation);
    if (closedAt !== null && range.contains(closedAt)) bucketOf(closedAt)!.closed++;
  }
  const totals = buckets.reduce((sum, b) => ({ created: sum.created + b.created, closed: sum.closed + b.closed }), {
    created: 0,
    closed: 0,
  });
  return ok({ from: range.from, to: range.to, interval, channelId: channel ?? null, buckets, totals });
};

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/**
 * `GET /analytics/sla-breaches`: each conversation created in the range falls under the policy
 * of its priority. Targets are counted in wall-clock minutes (the mock ignores business hours).
 */
export const getSlaBreachRates: TypedOperationHandler<'getSlaBreachRates'> = (ctx) => {
  const range = readRange(ctx);
  if (Array.isArray(range)) return validationFailed(ctx, range);
  const now = new Date(ctx.now).toISOString();
  const inRange = ctx.store.conversations.list((c) => range.contains(c.createdAt));
  const policies: SlaPolicyBreachRate[] = ctx.store.slaPolicies.list().map((policy) => {
    const covered = inRange.filter((c) => c.priority === policy.priority);
    let firstBreaches = 0;
    let resolutionBreaches = 0;
    for (const conversation of covered) {
      const reply = firstAgentReply(messagesOf(ctx.store, conversation.id));
      if (secondsBetween(conversation.createdAt, reply?.createdAt ?? now) > policy.firstResponseMinutes * 60) firstBreaches++;
      const resolvedAt = closedAtOf(conversation) ?? now;
      if (secondsBetween(conversation.createdAt, resolvedAt) > policy.resolutionMinutes * 60) resolutionBreaches++;
    }
    return {
      policyId: policy.id,
      name: policy.name,
      conversations: covered.length,
      firstResponseBreachRate: rate(firstBreaches, covered.length),
      resolutionBreachRate: rate(resolutionBreaches, covered.length),
    };
  });
  return ok({ from: range.from, to: range.to, policies });
};

interface AgentTally {
  handled: Set<string>;
  firstResponses: number[];
  resolutions: number[];
  ratings: number[];
}

function tallyAgents(store: EnvironmentStore, range: ReportRange): Map<string, AgentTally> {
  const tallies = new Map<string, AgentTally>();
  const tallyOf = (userId: string) => {
    let tally = tallies.get(userId);
    if (!tally) {
      tally = { handled: new Set(), firstResponses: [], resolutions: [], ratings: [] };
      tallies.set(userId, tally);
    }
    return tally;
  };
  for (const conversation of store.conversations.list()) {
    const messages = messagesOf(store, conversation.id);
    for (const m of messages) {
      if (m.author.type === 'agent' && m.author.id !== null && !m.internal && range.contains(m.createdAt))
        tallyOf(m.author.id).handled.add(conversation.id);
    }
    const reply = firstAgentReply(messages);
    if (reply?.author.id && range.contains(reply.createdAt))
      tallyOf(reply.author.id).firstResponses.push(secondsBetween(conversation.createdAt, reply.createdAt));
    const closedAt = closedAtOf(conversation);
    if (conversation.assigneeId !== null && closedAt !== null && range.contains(closedAt)) {
      const tally = tallyOf(conversation.assigneeId);
      tally.handled.add(conversation.id);
      tally.resolutions.push(secondsBetween(conversation.createdAt, closedAt));
    }
  }
  for (const response of store.csatResponses.list((r) => range.contains(r.createdAt))) {
    const assigneeId = store.conversations.get(response.conversationId)?.assigneeId;
    if (assigneeId) tallyOf(assigneeId).ratings.push(response.rating);
  }
  return tallies;
}

/** `GET /analytics/agent-stats`: agents who replied to or closed conversations in the range. */
export const getAgentStats: TypedOperationHandler<'getAgentStats'> = (ctx) => {
  const range = readRange(ctx);
  if (Array.isArray(range)) return validationFailed(ctx, range);
  const tallies = tallyAgents(ctx.store, range);
  const agents: AgentStats[] = [];
  for (const user of ctx.store.users.list()) {
    const tally = tallies.get(user.id);
    if (!tally || tally.handled.size === 0) continue;
    const satisfied = tally.ratings.filter((rating) => rating >= 4).length;
    agents.push({
      agentId: user.id,
      name: user.name,
      conversationsHandled: tally.handled.size,
      medianFirstResponseSeconds: median(tally.firstResponses),
      medianResolutionSeconds: median(tally.resolutions),
      csatScore: tally.ratings.length === 0 ? null : Math.round((satisfied / tally.ratings.length) * 1000) / 10,
    });
  }
  return ok({ from: range.from, to: range.to, agents });
};
