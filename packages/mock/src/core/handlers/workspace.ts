/**
 * The small surfaces of a workspace: teams, users, settings, channels, automations, agent
 * availability, snippets, SLA policies, notifications, CSAT answers and the service status.
 */
import type {
  AgentAvailabilityUpdate,
  AutomationUpdate,
  BusinessHours,
  FieldError,
  ServiceStatus,
  SnippetCreate,
  WorkspaceSettings,
  WorkspaceSettingsUpdate,
} from '@atender/contract';
import type { TypedOperationHandler } from '../types.js';
import {
  bodyOf,
  conflict,
  created,
  definedOnly,
  isoNow,
  notFound,
  ok,
  okOrNotFound,
  param,
  queryBoolean,
  queryString,
  respondPage,
  validationFailed,
} from './respond.js';

/** `GET /teams`. */
export const listTeams: TypedOperationHandler<'listTeams'> = (ctx) => respondPage(ctx, ctx.store.teams.list());

/** `GET /teams/{teamId}`. */
export const getTeam: TypedOperationHandler<'getTeam'> = (ctx) => {
  const id = param(ctx, 'teamId');
  return okOrNotFound(ctx, ctx.store.teams.get(id), 'team', id);
};

/** `GET /users`: filter `role`. */
export const listUsers: TypedOperationHandler<'listUsers'> = (ctx) => {
  const role = queryString(ctx, 'role');
  return respondPage(
    ctx,
    ctx.store.users.list((user) => role === undefined || user.role === role),
  );
};

/** `GET /users/{userId}`. */
export const getUser: TypedOperationHandler<'getUser'> = (ctx) => {
  const id = param(ctx, 'userId');
  return okOrNotFound(ctx, ctx.store.users.get(id), 'user', id);
};

const DEFAULT_SETTINGS: WorkspaceSettings = {
  name: 'Support',
  timezone: 'UTC',
  defaultLanguage: 'en',
  businessHours: { enabled: false, intervals: [] },
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** `GET /settings`: an unseeded workspace answers neutral defaults. */
export const getWorkspaceSettings: TypedOperationHandler<'getWorkspaceSettings'> = (ctx) =>
  ok(ctx.store.settings.get() ?? DEFAULT_SETTINGS);

function businessHoursErrors(hours: BusinessHours): FieldError[] {
  return hours.intervals.flatMap((interval, index) =>
    interval.closes > interval.opens ? [] : [{ path: `/body/businessHours/intervals/${index}/closes`, message: 'must be after opens' }],
  );
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** `PATCH /settings`: `businessHours` is replaced as a whole. */
export const updateWorkspaceSettings: TypedOperationHandler<'updateWorkspaceSettings'> = (ctx) => {
  const input = bodyOf<WorkspaceSettingsUpdate>(ctx);
  const errors = input.businessHours ? businessHoursErrors(input.businessHours) : [];
  if (input.timezone !== undefined && !isTimeZone(input.timezone))
    errors.push({ path: '/body/timezone', message: 'is not an IANA time zone' });
  if (errors.length > 0) return validationFailed(ctx, errors);
  const current = ctx.store.settings.get() ?? DEFAULT_SETTINGS;
  return ok(ctx.store.settings.set({ ...current, ...definedOnly(input), updatedAt: isoNow(ctx) }));
};

/** `GET /channels`: filter `type`. */
export const listChannels: TypedOperationHandler<'listChannels'> = (ctx) => {
  const type = queryString(ctx, 'type');
  return respondPage(
    ctx,
    ctx.store.channels.list((channel) => type === undefined || channel.type === type),
  );
};

/** `GET /automations`: filter `enabled`. */
export const listAutomations: TypedOperationHandler<'listAutomations'> = (ctx) => {
  const enabled = queryBoolean(ctx, 'enabled');
  return respondPage(
    ctx,
    ctx.store.automations.list((rule) => enabled === undefined || rule.enabled === enabled),
  );
};

/** `PATCH /automations/{automationId}`: rename or switch on/off; names are unique (409). */
export const updateAutomation: TypedOperationHandler<'updateAutomation'> = (ctx) => {
  const id = param(ctx, 'automationId');
  if (!ctx.store.automations.has(id)) return notFound(ctx, 'automation', id);
  const input = bodyOf<AutomationUpdate>(ctx);
  if (input.name !== undefined && ctx.store.automations.find((rule) => rule.name === input.name && rule.id !== id)) {
    return conflict(ctx, `An automation named ${input.name} exists.`);
  }
  return okOrNotFound(ctx, ctx.store.automations.update(id, { ...definedOnly(input), updatedAt: isoNow(ctx) }), 'automation', id);
};

/** `GET /agents/availability`: filter `status`. */
export const listAgentAvailability: TypedOperationHandler<'listAgentAvailability'> = (ctx) => {
  const status = queryString(ctx, 'status');
  const entries = ctx.store.agentAvailability.values().filter((entry) => status === undefined || entry.status === status);
  return respondPage(ctx, entries, (entry) => entry.agentId);
};

/** `PUT /agents/{agentId}/availability`: the agent must be a user of the workspace. */
export const setAgentAvailability: TypedOperationHandler<'setAgentAvailability'> = (ctx) => {
  const agentId = param(ctx, 'agentId');
  if (!ctx.store.users.has(agentId)) return notFound(ctx, 'agent', agentId);
  const { status } = bodyOf<AgentAvailabilityUpdate>(ctx);
  return ok(ctx.store.agentAvailability.set(agentId, { agentId, status, updatedAt: isoNow(ctx) }));
};

/** `GET /snippets`. */
export const listSnippets: TypedOperationHandler<'listSnippets'> = (ctx) => respondPage(ctx, ctx.store.snippets.list());

/** `POST /snippets`: shortcuts are unique (409). */
export const createSnippet: TypedOperationHandler<'createSnippet'> = (ctx) => {
  const input = bodyOf<SnippetCreate>(ctx);
  if (ctx.store.snippets.find((s) => s.shortcut === input.shortcut)) return conflict(ctx, `The shortcut /${input.shortcut} is taken.`);
  const now = isoNow(ctx);
  return created(
    ctx.store.snippets.insert({ shortcut: input.shortcut, title: input.title, body: input.body, createdAt: now, updatedAt: now }),
  );
};

/** `GET /sla/policies`. */
export const listSlaPolicies: TypedOperationHandler<'listSlaPolicies'> = (ctx) => respondPage(ctx, ctx.store.slaPolicies.list());

/** `GET /notifications`: newest first; filter `unread`. */
export const listNotifications: TypedOperationHandler<'listNotifications'> = (ctx) => {
  const unread = queryBoolean(ctx, 'unread');
  const notifications = ctx.store.notifications
    .list((n) => unread === undefined || (n.readAt === null) === unread)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return respondPage(ctx, notifications);
};

/** `POST /notifications/{notificationId}/read`: idempotent, the first `readAt` stays. */
export const markNotificationRead: TypedOperationHandler<'markNotificationRead'> = (ctx) => {
  const id = param(ctx, 'notificationId');
  const notification = ctx.store.notifications.get(id);
  if (!notification) return notFound(ctx, 'notification', id);
  if (notification.readAt !== null) return ok(notification);
  return okOrNotFound(ctx, ctx.store.notifications.update(id, { readAt: isoNow(ctx) }), 'notification', id);
};

/** `GET /csat/responses`: newest first; filters `conversationId`, `rating`. */
export const listCsatResponses: TypedOperationHandler<'listCsatResponses'> = (ctx) => {
  const conversationId = queryString(ctx, 'conversationId');
  const rating = ctx.query.rating === undefined ? undefined : Number(ctx.query.rating);
  const responses = ctx.store.csatResponses
    .list((r) => (conversationId === undefined || r.conversationId === conversationId) && (rating === undefined || r.rating === rating))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return respondPage(ctx, responses);
};

/** `GET /status`: the mock is always up. */
export const getServiceStatus: TypedOperationHandler<'getServiceStatus'> = (ctx) => {
  const status: ServiceStatus = {
    status: 'operational',
    components: [
      { name: 'REST API', status: 'operational' },
      { name: 'Webhook delivery', status: 'operational' },
      { name: 'Email delivery', status: 'operational' },
      { name: 'Chat widget', status: 'operational' },
    ],
    updatedAt: isoNow(ctx),
  };
  return ok(status);
};
