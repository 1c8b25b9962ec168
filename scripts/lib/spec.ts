/**
 * Reads the spec: bundles the split files into one document and extracts the tables the
 * generator, the docs and the checks need. Everything else reads the spec through here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, loadConfig } from '@redocly/openapi-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SPEC_ENTRY = 'openapi/atender.yaml';

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type Visibility = 'public' | 'dashboard' | 'widget';

/** One row of the operation table, as the generator writes it. */
export interface OperationRow {
  operationId: string;
  method: HttpMethod;
  path: string;
  scope: string | null;
  credentials: string[];
  visibility: Visibility;
  reserved: boolean;
  cost: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the bundled document is plain JSON read from YAML.
export type Doc = Record<string, any>;

/** Bundles `openapi/atender.yaml` and its referenced files into one document (refs kept local). */
export async function loadBundledSpec(): Promise<Doc> {
  const config = await loadConfig({ configPath: path.join(ROOT, 'redocly.yaml') });
  const result = await bundle({ ref: path.join(ROOT, SPEC_ENTRY), config, dereference: false });
  const unresolved = result.problems.filter((p) => p.severity === 'error');
  if (unresolved.length > 0) {
    const lines = unresolved.map((p) => `  ${p.message} (${p.location[0]?.pointer ?? '?'})`);
    throw new Error(`The spec does not bundle:\n${lines.join('\n')}`);
  }
  return result.bundle.parsed as Doc;
}

/** The `Scope` enum, in spec order. */
export function readScopes(doc: Doc): string[] {
  return [...doc.components.schemas.Scope.enum];
}

/** The scopes an operation's security requirement names; all alternatives must agree. */
function readOperationScope(op: Doc, where: string, scopes: Set<string>): string | null {
  const requirements: Doc[] = op.security;
  if (!Array.isArray(requirements)) throw new Error(`${where}: no \`security\` declared`);
  const roleSets = requirements.flatMap((req) => Object.values(req) as string[][]);
  const distinct = new Set(roleSets.map((roles) => JSON.stringify([...roles].sort())));
  if (distinct.size > 1) throw new Error(`${where}: security alternatives name different scopes`);
  const roles = roleSets[0] ?? [];
  if (roles.length > 1) throw new Error(`${where}: more than one scope (${roles.join(', ')})`);
  const scope = roles[0] ?? null;
  if (scope !== null && !scopes.has(scope)) throw new Error(`${where}: unknown scope "${scope}"`);
  return scope;
}

/** The operation table: every method + path of `paths`, sorted by path then method. */
export function readOperations(doc: Doc): OperationRow[] {
  const scopes = new Set(readScopes(doc));
  const rows: OperationRow[] = [];
  for (const [p, item] of Object.entries<Doc>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${p}`;
      if (typeof op.operationId !== 'string') throw new Error(`${where}: no operationId`);
      const scope = readOperationScope(op, where, scopes);
      const credentials = [...new Set((op.security as Doc[]).flatMap((r) => Object.keys(r)))].sort();
      rows.push({
        operationId: op.operationId,
        method,
        path: p,
        scope,
        credentials,
        visibility: (op['x-visibility'] as Visibility | undefined) ?? 'public',
        reserved: op['x-reserved'] === true,
        cost: typeof op['x-rate-limit-cost'] === 'number' ? op['x-rate-limit-cost'] : 1,
      });
    }
  }
  rows.sort((a, b) => (a.path === b.path ? HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method) : a.path < b.path ? -1 : 1));
  checkOperations(rows);
  return rows;
}

function checkOperations(rows: OperationRow[]): void {
  const ids = new Set<string>();
  for (const row of rows) {
    if (ids.has(row.operationId)) throw new Error(`duplicate operationId ${row.operationId}`);
    ids.add(row.operationId);
    const where = `${row.method.toUpperCase()} ${row.path}`;
    if (row.visibility === 'dashboard' && row.credentials.join() !== 'session') {
      throw new Error(`${where}: dashboard-only endpoints accept only the session scheme`);
    }
    if (row.visibility === 'widget' && row.credentials.join() !== 'publishableKey') {
      throw new Error(`${where}: widget endpoints accept only the publishableKey scheme`);
    }
    if (row.visibility !== 'widget' && row.credentials.includes('publishableKey')) {
      throw new Error(`${where}: publishable keys only reach widget endpoints`);
    }
  }
}

/** Scope bundles from `x-scope-bundles`, checked against `Scope` and `ScopeBundle`. */
export function readScopeBundles(doc: Doc): Record<string, string[]> {
  const scopes = new Set(readScopes(doc));
  const bundles: Record<string, string[]> = doc['x-scope-bundles'];
  const declared: string[] = doc.components.schemas.ScopeBundle.enum;
  if (JSON.stringify(Object.keys(bundles).sort()) !== JSON.stringify([...declared].sort())) {
    throw new Error('x-scope-bundles and the ScopeBundle enum name different bundles');
  }
  for (const [name, members] of Object.entries(bundles)) {
    for (const s of members) if (!scopes.has(s)) throw new Error(`bundle ${name}: unknown scope "${s}"`);
  }
  return bundles;
}

export interface ErrorCodeRow {
  code: string;
  status: number;
  title: string;
}

/** The error-code table from `ErrorCode` and its `x-error-codes`. */
export function readErrorCodes(doc: Doc): ErrorCodeRow[] {
  const schema = doc.components.schemas.ErrorCode;
  const meta: Record<string, { status: number; title: string }> = schema['x-error-codes'];
  return (schema.enum as string[]).map((code) => {
    const m = meta[code];
    if (!m) throw new Error(`ErrorCode ${code} has no x-error-codes entry`);
    return { code, status: m.status, title: m.title };
  });
}

export interface RateLimitTierRow {
  name: string;
  minute: number;
  day: number;
}

/** Rate-limit tiers from `x-rate-limit-tiers`, checked against `RateLimitTier`. */
export function readRateLimitTiers(doc: Doc): RateLimitTierRow[] {
  const tiers: Record<string, { minute: number; day: number }> = doc['x-rate-limit-tiers'];
  const declared: string[] = doc.components.schemas.RateLimitTier.enum;
  if (JSON.stringify(Object.keys(tiers).sort()) !== JSON.stringify([...declared].sort())) {
    throw new Error('x-rate-limit-tiers and the RateLimitTier enum name different tiers');
  }
  return declared.map((name) => ({ name, minute: tiers[name]!.minute, day: tiers[name]!.day }));
}

/** The CORS header lists of `x-cors`: what a browser client may send and read. */
export interface CorsHeaderRows {
  allow: { name: string; description: string }[];
  expose: { name: string; description: string }[];
}

/** Every header name some response of the spec declares (operations, webhooks aside, and components). */
function declaredResponseHeaders(doc: Doc): Set<string> {
  const names = new Set<string>(Object.keys(doc.components?.headers ?? {}));
  const responses: Doc[] = [...Object.values<Doc>(doc.components?.responses ?? {})];
  for (const item of Object.values<Doc>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) responses.push(...Object.values<Doc>(item[method]?.responses ?? {}));
  }
  for (const response of responses) for (const name of Object.keys(response.headers ?? {})) names.add(name);
  return names;
}

/** Every header a request of the spec can carry: security schemes, header parameters, a body's type. */
function declaredRequestHeaders(doc: Doc): Set<string> {
  const names = new Set<string>();
  for (const scheme of Object.values<Doc>(doc.components?.securitySchemes ?? {})) {
    if (scheme.type === 'http') names.add('Authorization');
    if (scheme.type === 'apiKey' && scheme.in === 'header') names.add(scheme.name);
  }
  const resolve = (p: Doc): Doc => (typeof p.$ref === 'string' ? doc.components.parameters[p.$ref.split('/').pop()!] : p);
  for (const item of Object.values<Doc>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      if (op.requestBody) names.add('Content-Type');
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve)) if (p.in === 'header') names.add(p.name);
    }
  }
  return names;
}

/**
 * `x-cors`, checked against the rest of the spec: every header a request can carry is allowed and
 * every response header is exposed, compared case-insensitively as HTTP does.
 */
export function readCorsHeaders(doc: Doc): CorsHeaderRows {
  const cors: Doc | undefined = doc['x-cors'];
  if (!cors?.allowHeaders || !cors.exposeHeaders) throw new Error('x-cors: allowHeaders and exposeHeaders are required');
  const rows = (table: Record<string, string>) => Object.entries(table).map(([name, description]) => ({ name, description }));
  const result = { allow: rows(cors.allowHeaders), expose: rows(cors.exposeHeaders) };
  const missing = (declared: Set<string>, listed: { name: string }[]) => {
    const lower = new Set(listed.map((h) => h.name.toLowerCase()));
    return [...declared].filter((name) => !lower.has(name.toLowerCase()));
  };
  const unallowed = missing(declaredRequestHeaders(doc), result.allow);
  if (unallowed.length > 0) throw new Error(`x-cors.allowHeaders misses request headers the spec uses: ${unallowed.join(', ')}`);
  const unexposed = missing(declaredResponseHeaders(doc), result.expose);
  if (unexposed.length > 0) throw new Error(`x-cors.exposeHeaders misses response headers the spec declares: ${unexposed.join(', ')}`);
  return result;
}

/** The component schema names a `$ref` string points to (`#/components/schemas/X` → `X`). */
function referencedSchemas(node: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const item of node) referencedSchemas(item, into);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) into.add(value.split('/').pop()!);
      else referencedSchemas(value, into);
    }
  }
  return into;
}

/**
 * A property with a `default` is optional in a request (the generator emits it so) and filled in
 * by the server, so every schema an answer or a webhook event uses must list it in `required`:
 * otherwise response types would call a field optional that is always there.
 */
export function checkResponseDefaults(doc: Doc): void {
  const schemas: Doc = doc.components?.schemas ?? {};
  const answers: unknown[] = [doc.components?.responses, doc.webhooks];
  for (const item of Object.values<Doc>(doc.paths ?? {})) for (const method of HTTP_METHODS) answers.push(item[method]?.responses);
  const reachable = referencedSchemas(answers);
  for (const name of reachable) referencedSchemas(schemas[name], reachable); // grows while iterating: the closure
  const problems: string[] = [];
  const visit = (name: string, schema: Doc | undefined) => {
    if (!schema || typeof schema !== 'object') return;
    for (const [prop, value] of Object.entries<Doc>(schema.properties ?? {})) {
      if (value?.default !== undefined && !(schema.required ?? []).includes(prop)) problems.push(`${name}.${prop}`);
    }
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(name, part);
  };
  for (const name of reachable) visit(name, schemas[name]);
  if (problems.length > 0) {
    throw new Error(`properties with a default in a response schema must be required (the server fills them): ${problems.join(', ')}`);
  }
}
