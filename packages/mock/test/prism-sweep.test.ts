/**
 * Referee: Stoplight Prism 5.14 as a validating proxy (`prism proxy --errors`) in front of
 * `atender-mock serve`. Every operation of the spec is called through it — lists first, then
 * get-by-id with ids from the lists, then one write per operation with a body built from the
 * spec's examples, deletes last — and one request per refusal code. Prism checks each request
 * and answer against the spec; a violation is an answer Prism flags (`sl-violations`) or
 * replaces with its own error. Cases Prism answers itself (no credential, no such path, a body
 * it refuses before forwarding) go straight to the mock and are checked with ajv instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, OPERATIONS, type OperationRule } from '@atender/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_HANDLERS } from '../src/core/handlers/index.js';
import { problemResult, refuse } from '../src/core/problem.js';
import { getOperationSpec, resolvePointer } from '../src/core/spec-index.js';
import type { OperationHandler, OperationHandlers } from '../src/core/types.js';
import { DEMO_WIDGET_ORIGINS } from '../src/index.js';
import { type MockServer, startMockServer } from '../src/node.js';
import { checkAnswer } from './support/spec-checked-fetch.js';
import { MissingExample, sampleOf } from './support/spec-sample.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SPEC_FILE = fileURLToPath(new URL('../src/generated/openapi.json', import.meta.url));
const PRISM = `${ROOT}node_modules/.bin/prism`;

/** Faults on request, so the sweep reaches the 5xx codes without losing the operation's real answers. */
const faulty =
  (normal: OperationHandler): OperationHandler =>
  (ctx) => {
    const fault = ctx.request.headers.get('x-sweep-fault');
    if (fault === '500') throw new Error('injected by the sweep');
    if (fault === '503')
      return problemResult(refuse('SERVICE_UNAVAILABLE', 'Down for maintenance (injected by the sweep).'), ctx.requestId);
    return normal(ctx);
  };

let server: MockServer;
let prism: ChildProcess | undefined;
let prismUrl = '';
let prismLog = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** Starts Prism and resolves once it listens; rejects (with its output) if it exits or takes over 90 s. */
function startPrism(upstream: string, port: number): Promise<ChildProcess> {
  const child = spawn(PRISM, ['proxy', SPEC_FILE, upstream, '--errors', '-p', String(port), '-h', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start in 90 s:\n${prismLog}`)), 90_000);
    const onData = (chunk: Buffer): void => {
      prismLog = (prismLog + chunk.toString()).slice(-20_000);
      if (prismLog.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${prismLog}`));
    });
  });
}

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    productionPort: 0,
    mockOptions: {
      rateLimitTiers: {
        sweep: { windows: [{ name: 'minute', limit: 1_000_000, seconds: 60 }] },
        tiny: { windows: [{ name: 'minute', limit: 1, seconds: 60 }] },
      },
      keys: [
        { tenantId: 'ten_acme', environment: 'sandbox', name: 'sweep', tier: 'sweep', bundles: ['full_access'] },
        { tenantId: 'ten_acme', environment: 'sandbox', name: 'tiny', tier: 'tiny', bundles: ['read_all'] },
      ],
      // The faults answer a problem the spec declares (5XX); the handler type cannot see that through `faulty`.
      operationHandlers: {
        getServiceStatus: faulty(OPERATION_HANDLERS.getServiceStatus as OperationHandler) as OperationHandlers['getServiceStatus'],
      },
    },
  });
  const port = await freePort();
  prism = await startPrism(server.sandboxUrl, port);
  prismUrl = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  prism?.kill('SIGTERM');
  await server?.close();
});

/** One request of the sweep and what came of it. */
interface Exchange {
  readonly label: string;
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
  readonly violation: string | undefined;
  /** Prism answered itself (it forwards nothing it finds a request violation in, or with no credential). */
  readonly byPrism: boolean;
}

const exchanges: Exchange[] = [];
const PRISM_ERROR = 'https://stoplight.io/prism/errors';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

async function send(base: string, call: Call): Promise<{ response: Response; body: Record<string, unknown> | undefined }> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.body !== undefined) headers['Content-Type'] ??= 'application/json';
  const response = await fetch(`${base}${call.path}`, {
    method: call.method.toUpperCase(),
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return { response, body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}

/**
 * Sends through Prism. When Prism answered itself, the same request goes to the mock directly
 * and its answer is validated with ajv against the spec (a mismatch is a violation too).
 */
async function exchange(label: string, call: Call): Promise<Exchange> {
  const { response, body } = await send(prismUrl, call);
  const flagged = response.headers.get('sl-violations');
  const type = typeof body?.type === 'string' ? body.type : '';
  const byPrism = type.startsWith(PRISM_ERROR) && !flagged;
  let violation = flagged ?? (type.startsWith(`${PRISM_ERROR}#VIOLATIONS`) ? JSON.stringify(body) : undefined);
  let result = { status: response.status, body };
  if (byPrism) {
    const direct = await send(server.sandboxUrl, call);
    try {
      checkAnswer(call.method, `https://sandbox.atender.io${call.path}`, direct.response.status, direct.body, direct.response.headers);
    } catch (error) {
      violation = (error as Error).message;
    }
    result = { status: direct.response.status, body: direct.body };
  } else if (violation === undefined) {
    try {
      checkAnswer(call.method, `https://sandbox.atender.io${call.path}`, response.status, body, response.headers);
    } catch (error) {
      violation = (error as Error).message;
    }
  }
  const entry = { label, ...result, violation, byPrism };
  exchanges.push(entry);
  return entry;
}

const sandbox = () => server.mock.keys.demo.acme.sandbox;
const keyNamed = (name: string) => server.mock.keys.all().find((k) => k.name === name)?.secret as string;
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const widgetOrigin = DEMO_WIDGET_ORIGINS.acme[0] as string;

/** The credential headers an operation accepts, preferring a secret key. */
async function credentialFor(op: OperationRule): Promise<Record<string, string>> {
  if (op.credentials.includes('apiKey')) return bearer(keyNamed('sweep'));
  if (op.credentials.includes('session')) {
    return bearer(await server.mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['full_access'] }));
  }
  return { ...bearer(sandbox().publishable.secret), Origin: widgetOrigin };
}

/** Ids seen in answers, by prefix (`art` → ids), for path parameters. */
const seen = new Map<string, string[]>();
function collectIds(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) collectIds(item);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string' && /^[a-z]+_/.test(item)) {
        const prefix = item.slice(0, item.indexOf('_'));
        const ids = seen.get(prefix) ?? [];
        if (!ids.includes(item)) ids.push(item);
        seen.set(prefix, ids);
      } else collectIds(item);
    }
  }
}

/** A seen id with the prefix of an example id (`cnv_8Fq2Lx` → a real `cnv_…`), if any. */
function seenLike(example: string): string | undefined {
  const prefix = /^([a-z]+)_[0-9A-Za-z]+$/.exec(example)?.[1];
  return prefix ? seen.get(prefix)?.[0] : undefined;
}

/** Example ids in a body replaced by real ones of the same kind, so a write refers to what exists. */
function withSeenIds(value: unknown): unknown {
  if (typeof value === 'string') return seenLike(value) ?? value;
  if (Array.isArray(value)) return value.map(withSeenIds);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSeenIds(v)]));
  return value;
}

/** The path with its parameters filled: a seen id of the example's prefix, else the example. */
function fillPath(op: OperationRule): string {
  const spec = getOperationSpec(op.operationId);
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = spec?.parameters.find((p) => p.in === 'path' && p.name === name);
    // The example sits on the parameter object, next to its schema.
    const object = param ? resolvePointer(param.schemaPointer.replace(/\/schema$/, '')) : {};
    const example = String(object.example ?? (param ? sampleOf({ $ref: param.schemaPointer }) : 'x'));
    return encodeURIComponent(seenLike(example) ?? example);
  });
}

function requiredQuery(op: OperationRule): string {
  const spec = getOperationSpec(op.operationId);
  const query = new URLSearchParams();
  for (const param of spec?.parameters ?? []) {
    if (param.in !== 'query' || !param.required) continue;
    const value = sampleOf({ $ref: param.schemaPointer });
    query.set(param.name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

function bodyOf(op: OperationRule): unknown {
  const pointer = getOperationSpec(op.operationId)?.body?.schemaPointer;
  if (pointer === undefined) return undefined;
  try {
    return withSeenIds(sampleOf({ $ref: pointer }, pointer));
  } catch (error) {
    if (error instanceof MissingExample) return {};
    throw error;
  }
}

async function callOperation(op: OperationRule): Promise<Exchange> {
  const call: Call = {
    method: op.method,
    path: `${fillPath(op)}${requiredQuery(op)}`,
    headers: await credentialFor(op),
    body: bodyOf(op),
  };
  const result = await exchange(`${op.method.toUpperCase()} ${op.path}`, call);
  collectIds(result.body);
  return result;
}

const isRead = (op: OperationRule) => op.method === 'get';
const hasPathParams = (op: OperationRule) => op.path.includes('{');

describe('Prism proxy sweep', { timeout: 300_000 }, () => {
  it('every operation: lists, get-by-id, one write each, deletes last — 0 violations', async () => {
    const order = [
      ...OPERATIONS.filter((op) => isRead(op) && !hasPathParams(op)),
      ...OPERATIONS.filter((op) => isRead(op) && hasPathParams(op)),
      ...OPERATIONS.filter((op) => !isRead(op) && op.method !== 'delete'),
      ...OPERATIONS.filter((op) => op.method === 'delete'),
    ];
    for (const op of order) await callOperation(op);
    const swept = new Set(exchanges.map((e) => e.label));
    expect(OPERATIONS.filter((op) => !swept.has(`${op.method.toUpperCase()} ${op.path}`))).toEqual([]);
    const violations = exchanges.filter((e) => e.violation !== undefined).map((e) => `${e.label} → ${e.status}: ${e.violation}`);
    expect(violations).toEqual([]);
    // Most of the sweep must be real answers of the operations, not refusals.
    const ok = exchanges.filter((e) => e.status < 300).length;
    if (process.env.SWEEP_DEBUG)
      for (const e of exchanges) if (e.status >= 300) console.log(e.label, e.status, e.body?.code, String(e.body?.detail).slice(0, 160));
    expect(ok).toBeGreaterThan(exchanges.length * 0.6);
  });

  it('every refusal code — 0 violations', async () => {
    const list = '/api/v1/kb/articles';
    const full = keyNamed('sweep');
    const session = { tenantId: 'ten_acme', environment: 'sandbox', scopes: ['read_all'] } as const;
    const { createAtenderMock } = await import('../src/index.js');
    const cases: [string, Call][] = [
      ['VALIDATION_FAILED', { method: 'get', path: `${list}?cursor=not-a-cursor`, headers: bearer(full) }],
      ['API_KEY_MISSING', { method: 'get', path: list }],
      ['API_KEY_MALFORMED', { method: 'get', path: list, headers: { Authorization: 'Bearer garbage' } }],
      ['API_KEY_INVALID', { method: 'get', path: list, headers: bearer(`sa_test_${'0'.repeat(40)}`) }],
      ['API_KEY_REVOKED', { method: 'get', path: list, headers: bearer(sandbox().revoked.secret) }],
      ['API_KEY_EXPIRED', { method: 'get', path: list, headers: bearer(sandbox().expired.secret) }],
      ['API_KEY_INACTIVE', { method: 'get', path: list, headers: bearer(sandbox().inactive.secret) }],
      ['TOKEN_INVALID', { method: 'get', path: list, headers: bearer(await createAtenderMock().sessions.mint(session)) }],
      [
        'TOKEN_EXPIRED',
        { method: 'get', path: list, headers: bearer(await server.mock.sessions.mint({ ...session, expiresInSeconds: -1 })) },
      ],
      ['TENANT_SUSPENDED', { method: 'get', path: list, headers: bearer(server.mock.keys.demo.suspended.sandbox.secret) }],
      [
        'INSUFFICIENT_SCOPE',
        { method: 'post', path: '/api/v1/tags', headers: bearer(sandbox().scopes['knowledge:read'].secret), body: { name: 'Nope' } },
      ],
      ['ENDPOINT_NOT_PUBLIC', { method: 'get', path: '/api/v1/api-keys', headers: bearer(full) }],
      [
        'ENDPOINT_RESERVED',
        { method: 'post', path: '/api/v1/voice/calls', headers: bearer(full), body: { channelId: 'chn_x', to: '+4915123456789' } },
      ],
      [
        'ENVIRONMENT_MISMATCH',
        { method: 'get', path: list, headers: bearer(server.mock.keys.demo.acme.production.bundles.full_access.secret) },
      ],
      [
        'IP_NOT_ALLOWED',
        { method: 'get', path: list, headers: { ...bearer(sandbox().ipRestricted.secret), 'X-Forwarded-For': '203.0.113.9' } },
      ],
      [
        'ORIGIN_NOT_ALLOWED',
        {
          method: 'get',
          path: '/api/v1/widget/config',
          headers: { ...bearer(sandbox().publishable.secret), Origin: 'https://evil.example' },
        },
      ],
      ['NOT_FOUND', { method: 'get', path: `${list}/art_nope`, headers: bearer(full) }],
      [
        'CONFLICT',
        { method: 'post', path: '/api/v1/contacts', headers: bearer(full), body: { email: 'sweep-dup@example.com', name: 'Dup' } },
      ],
      [
        'IDEMPOTENCY_KEY_REUSED',
        { method: 'post', path: '/api/v1/tags', headers: { ...bearer(full), 'Idempotency-Key': 'sweep-reuse' }, body: { name: 'Two' } },
      ],
      ['PAYLOAD_TOO_LARGE', { method: 'post', path: '/api/v1/tags', headers: bearer(full), body: { name: 'x'.repeat(1024 * 1024) } }],
      ['RATE_LIMITED', { method: 'get', path: list, headers: bearer(keyNamed('tiny')) }],
      ['INTERNAL_ERROR', { method: 'get', path: '/api/v1/status', headers: { ...bearer(full), 'X-Sweep-Fault': '500' } }],
      ['SERVICE_UNAVAILABLE', { method: 'get', path: '/api/v1/status', headers: { ...bearer(full), 'X-Sweep-Fault': '503' } }],
    ];
    // The first use of each, so the case itself is the conflict, the reuse, the spent budget.
    await send(server.sandboxUrl, {
      method: 'post',
      path: '/api/v1/contacts',
      headers: bearer(full),
      body: { email: 'sweep-dup@example.com', name: 'Dup' },
    });
    await send(server.sandboxUrl, {
      method: 'post',
      path: '/api/v1/tags',
      headers: { ...bearer(full), 'Idempotency-Key': 'sweep-reuse' },
      body: { name: 'One' },
    });
    await send(server.sandboxUrl, { method: 'get', path: list, headers: bearer(keyNamed('tiny')) });
    const answered: string[] = [];
    for (const [code, call] of cases) {
      const result = await exchange(`refusal ${code}`, call);
      expect(result.violation, `${code}: ${result.violation}`).toBeUndefined();
      expect(result.body?.code, code).toBe(code);
      answered.push(code);
    }
    expect(ERROR_CODES.filter((code) => !answered.includes(code))).toEqual([]);
  });

  afterAll(() => {
    const byPrism = exchanges.filter((e) => e.byPrism).length;
    const violations = exchanges.filter((e) => e.violation !== undefined).length;
    console.log(
      `prism sweep: ${exchanges.length} exchanges, ${violations} violations, ${byPrism} answered by Prism itself (checked against the mock with ajv)`,
    );
  });
});
