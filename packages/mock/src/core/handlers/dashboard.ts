/**
 * Dashboard-only endpoints (session tokens): billing, API key management, invitations and roles.
 * API keys are tenant-wide (both environments in one list); a key created here is recorded with
 * its secret in `store.apiKeyCredentials`, where the pipeline finds it (`minted-keys.ts`): it works
 * at once, stops on revocation, and keeps its previous secret for the overlap of a rotation.
 */
import {
  type ApiKey,
  type ApiKeyCreate,
  type ApiKeyRotate,
  expandScopes,
  type UserInvitationCreate,
  type UserRole,
  type UserRoleSet,
} from '@atender/contract';
import { randomBase62 } from '../prng.js';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { keyPrefix } from './auth.js';
import {
  bodyOf,
  conflict,
  created,
  deleted,
  invalidField,
  isoNow,
  notFound,
  ok,
  param,
  queryBoolean,
  queryString,
  respondPage,
  validationFailed,
} from './respond.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an invitation link works. */
const INVITATION_TTL_MS = 7 * DAY_MS;

/** Who is acting: the session's user, or the key for the odd key-authenticated call. */
function actorId(ctx: OperationContext): string {
  return ctx.caller.kind === 'session' ? ctx.caller.userId : ctx.caller.key.id;
}

/** `GET /billing/subscription`: seats in use are counted from the workspace's users and invitations. */
export const getBillingSubscription: TypedOperationHandler<'getBillingSubscription'> = (ctx) => {
  const used = ctx.store.users.list((u) => u.active).length + ctx.store.invitations.list((i) => i.status === 'pending').length;
  const billing = ctx.store.billing.get() ?? {
    plan: 'starter',
    status: 'trialing',
    billingInterval: 'month',
    seats: { purchased: 3, used: 0 },
    currentPeriodStart: '2026-01-01T00:00:00.000Z',
    currentPeriodEnd: '2026-02-01T00:00:00.000Z',
    cancelAtPeriodEnd: false,
    trialEndsAt: '2026-01-15T00:00:00.000Z',
    rateLimitTier: 'standard',
  };
  return ok({ ...billing, seats: { purchased: billing.seats.purchased, used } });
};

/** The key with `lastUsedAt` from the usage the pipeline recorded (seeded values stand until a real use). */
function withLastUse(ctx: OperationContext, key: ApiKey): ApiKey {
  const last = ctx.usage.lastUsedAt(key.id);
  return last === null ? key : { ...key, lastUsedAt: new Date(last).toISOString() };
}

/** A new secret of the environment: the spec's `sa_live_`/`sa_test_` + 32 base62 characters. */
function newSecret(environment: ApiKey['environment']): string {
  return `sa_${environment === 'production' ? 'live' : 'test'}_${randomBase62(32)}`;
}

/** `GET /api-keys`: oldest first; filters `environment`, `active`. */
export const listApiKeys: TypedOperationHandler<'listApiKeys'> = (ctx) => {
  const environment = queryString(ctx, 'environment');
  const active = queryBoolean(ctx, 'active');
  const keys = ctx.store.apiKeys
    .list((k) => (environment === undefined || k.environment === environment) && (active === undefined || k.active === active))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((k) => withLastUse(ctx, k));
  return respondPage(ctx, keys);
};

/** `POST /api-keys`: answers the full secret, this once. */
export const createApiKey: TypedOperationHandler<'createApiKey'> = (ctx) => {
  const input = bodyOf<ApiKeyCreate>(ctx);
  const bundles = [...new Set(input.bundles ?? [])];
  const scopes = expandScopes([...input.scopes, ...bundles]);
  if (scopes.length === 0) return invalidField(ctx, '/body/scopes', 'give at least one scope or bundle');
  if (ctx.store.apiKeys.find((k) => k.name === input.name && k.environment === input.environment)) {
    return conflict(ctx, `A ${input.environment} key named ${input.name} exists.`);
  }
  const secret = newSecret(input.environment);
  const key = ctx.store.apiKeys.insert({
    name: input.name,
    prefix: keyPrefix(secret),
    environment: input.environment,
    scopes,
    bundles,
    tier: ctx.store.billing.get()?.rateLimitTier ?? 'standard',
    active: true,
    allowedIps: [...(input.allowedIps ?? [])],
    expiresAt: input.expiresAt == null ? null : new Date(input.expiresAt).toISOString(),
    lastUsedAt: null,
    createdBy: actorId(ctx),
    createdAt: isoNow(ctx),
  });
  ctx.store.apiKeyCredentials.set(key.id, { secret, previous: null, revoked: null });
  return created({ ...key, secret });
};

/** `DELETE /api-keys/{keyId}`: the key leaves the list; its secrets answer `API_KEY_REVOKED` from now on. */
export const revokeApiKey: TypedOperationHandler<'revokeApiKey'> = (ctx) => {
  const id = param(ctx, 'keyId');
  const key = ctx.store.apiKeys.get(id);
  if (!key || !ctx.store.apiKeys.remove(id)) return notFound(ctx, 'API key', id);
  const credential = ctx.store.apiKeyCredentials.get(id);
  if (credential) ctx.store.apiKeyCredentials.set(id, { ...credential, revoked: { at: ctx.now, key } });
  return deleted(id);
};

/** The default overlap of a rotation, when the body names none. */
const DEFAULT_ROTATION_OVERLAP_SECONDS = 86_400;

/** `POST /api-keys/{keyId}/rotate`: a new secret; the previous one works until the chosen expiry (≤ 7 days). */
export const rotateApiKey: TypedOperationHandler<'rotateApiKey'> = (ctx) => {
  const id = param(ctx, 'keyId');
  const key = ctx.store.apiKeys.get(id);
  if (!key) return notFound(ctx, 'API key', id);
  const overlapSeconds = bodyOf<ApiKeyRotate>(ctx).previousSecretExpiresInSeconds ?? DEFAULT_ROTATION_OVERLAP_SECONDS;
  // A seeded key was never shown to anyone, so its "previous secret" is one nobody holds.
  const current = ctx.store.apiKeyCredentials.get(id)?.secret ?? newSecret(key.environment);
  const secret = newSecret(key.environment);
  const expiresAt = ctx.now + overlapSeconds * 1000;
  // A key has at most two working secrets: an older overlap ends now.
  ctx.store.apiKeyCredentials.set(id, { secret, previous: { secret: current, expiresAt }, revoked: null });
  const prefix = keyPrefix(secret);
  ctx.store.apiKeys.update(id, { prefix });
  return ok({
    keyId: id,
    prefix,
    secret,
    previousPrefix: key.prefix,
    previousSecretExpiresAt: new Date(expiresAt).toISOString(),
  });
};

/** `POST /users/invitations`: 409 when the email already belongs to a user or a pending invitation. */
export const inviteUser: TypedOperationHandler<'inviteUser'> = (ctx) => {
  const input = bodyOf<UserInvitationCreate>(ctx);
  const teamIds = [...new Set(input.teamIds ?? [])];
  const errors = teamIds.flatMap((teamId, index) =>
    ctx.store.teams.has(teamId) ? [] : [{ path: `/body/teamIds/${index}`, message: `no team with id ${teamId}` }],
  );
  if (!ctx.store.roles.has(input.roleId)) errors.push({ path: '/body/roleId', message: `no role with id ${input.roleId}` });
  if (errors.length > 0) return validationFailed(ctx, errors);
  const email = input.email.toLowerCase();
  if (ctx.store.users.find((u) => u.email.toLowerCase() === email)) return conflict(ctx, `${input.email} is already a user.`);
  if (ctx.store.invitations.find((i) => i.email.toLowerCase() === email && i.status === 'pending')) {
    return conflict(ctx, `${input.email} already has a pending invitation.`);
  }
  const invitation = ctx.store.invitations.insert({
    email: input.email,
    name: input.name ?? null,
    roleId: input.roleId,
    teamIds,
    status: 'pending',
    invitedBy: actorId(ctx),
    expiresAt: new Date(ctx.now + INVITATION_TTL_MS).toISOString(),
    createdAt: isoNow(ctx),
  });
  return created(invitation);
};

/** `GET /roles`: built-in roles first. */
export const listRoles: TypedOperationHandler<'listRoles'> = (ctx) =>
  respondPage(
    ctx,
    ctx.store.roles.list().sort((a, b) => Number(b.builtIn) - Number(a.builtIn)),
  );

/** The `User.role` a role id stands for; custom roles and viewers keep the agent's seat. */
function userRoleOf(ctx: OperationContext, roleId: string): UserRole {
  const name = ctx.store.roles.get(roleId)?.name.toLowerCase();
  return name === 'owner' || name === 'admin' ? name : 'agent';
}

/** `PUT /users/{userId}/role`: the workspace always keeps an owner (409). */
export const setUserRole: TypedOperationHandler<'setUserRole'> = (ctx) => {
  const userId = param(ctx, 'userId');
  const user = ctx.store.users.get(userId);
  if (!user) return notFound(ctx, 'user', userId);
  const { roleId } = bodyOf<UserRoleSet>(ctx);
  if (!ctx.store.roles.has(roleId)) return invalidField(ctx, '/body/roleId', `no role with id ${roleId}`);
  const role = userRoleOf(ctx, roleId);
  const otherOwners = ctx.store.users.list((u) => u.role === 'owner' && u.active && u.id !== userId).length;
  if (user.role === 'owner' && role !== 'owner' && otherOwners === 0) {
    return conflict(ctx, 'The workspace needs an owner; make someone else owner first.');
  }
  ctx.store.users.update(userId, { role });
  const assignment = ctx.store.userRoles.set(userId, { roleId, updatedAt: isoNow(ctx) });
  return ok({ userId, roleId: assignment.roleId, updatedAt: assignment.updatedAt });
};
