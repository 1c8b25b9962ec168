/**
 * Turns the spec's tables into the TypeScript modules of `packages/contract/src/generated/`.
 * Pure functions from rows to source text, so the output is deterministic.
 */
import type { ErrorCodeRow, OperationRow, RateLimitTierRow } from './spec.ts';

export const BANNER = '// generated from openapi/atender.yaml by scripts/generate.ts — do not edit\n';

const q = (s: string) => JSON.stringify(s);

/** `knowledge:read` → `KnowledgeRead`. */
export function scopeMemberName(scope: string): string {
  return scope
    .split(/[:_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function emitScopes(scopes: string[], descriptions: Record<string, string>, bundles: Record<string, string[]>): string {
  const surfaces = [...new Set(scopes.map((s) => s.split(':')[0]!))];
  const out = [BANNER];
  out.push('/** Every scope, as a const object (`Scope.KnowledgeRead`) and as a type (`Scope`). */');
  out.push('export const Scope = {');
  for (const s of scopes) out.push(`  /** ${descriptions[s] ?? s} */\n  ${scopeMemberName(s)}: ${q(s)},`);
  out.push('} as const;');
  out.push('/** A scope string, `<surface>:<action>`. */');
  out.push('export type Scope = (typeof Scope)[keyof typeof Scope];\n');
  out.push('/** Every scope, in spec order. */');
  out.push(`export const SCOPES: readonly Scope[] = [\n${scopes.map((s) => `  ${q(s)},`).join('\n')}\n];\n`);
  out.push('/** The surfaces scopes are made of. */');
  out.push(`export const SCOPE_SURFACES = [${surfaces.map(q).join(', ')}] as const;`);
  out.push('export type ScopeSurface = (typeof SCOPE_SURFACES)[number];\n');
  out.push('/** What each scope allows. */');
  out.push(
    `export const SCOPE_DESCRIPTIONS: Readonly<Record<Scope, string>> = {\n${scopes.map((s) => `  ${q(s)}: ${q(descriptions[s] ?? '')},`).join('\n')}\n};\n`,
  );
  out.push('/** Named scope sets a key can be created with. */');
  out.push('export const SCOPE_BUNDLES = {');
  for (const [name, members] of Object.entries(bundles)) out.push(`  ${name}: [${members.map(q).join(', ')}],`);
  out.push('} as const satisfies Readonly<Record<string, readonly Scope[]>>;');
  out.push('/** The name of a scope bundle. */');
  out.push('export type ScopeBundle = keyof typeof SCOPE_BUNDLES;');
  out.push(
    `/** Every bundle name. */\nexport const SCOPE_BUNDLE_NAMES: readonly ScopeBundle[] = [${Object.keys(bundles).map(q).join(', ')}];\n`,
  );
  return out.join('\n');
}

/** Class-of-error names per status, used for the per-status code groups. */
const STATUS_GROUPS: Record<number, string> = {
  400: 'Validation',
  401: 'Authentication',
  403: 'Permission',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  429: 'RateLimit',
  500: 'Server',
  503: 'Server',
};

export function emitErrors(rows: ErrorCodeRow[]): string {
  const out = [BANNER];
  out.push('/** Every problem `code`, as a const object (`ErrorCode.NOT_FOUND`) and as a type. */');
  out.push('export const ErrorCode = {');
  for (const r of rows) out.push(`  /** ${r.status}: ${r.title} */\n  ${r.code}: ${q(r.code)},`);
  out.push('} as const;');
  out.push('export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];\n');
  out.push(
    `/** Every error code, in spec order. */\nexport const ERROR_CODES: readonly ErrorCode[] = [${rows.map((r) => q(r.code)).join(', ')}];\n`,
  );
  out.push('/** The HTTP status each code is answered with. */');
  out.push(
    `export const ERROR_STATUS = {\n${rows.map((r) => `  ${r.code}: ${r.status},`).join('\n')}\n} as const satisfies Readonly<Record<ErrorCode, number>>;\n`,
  );
  out.push('/** A one-line meaning of each code. */');
  out.push(
    `export const ERROR_TITLES: Readonly<Record<ErrorCode, string>> = {\n${rows.map((r) => `  ${r.code}: ${q(r.title)},`).join('\n')}\n};\n`,
  );
  const groups = new Map<string, ErrorCodeRow[]>();
  for (const r of rows) {
    const g = STATUS_GROUPS[r.status];
    if (!g) throw new Error(`no error group for status ${r.status}`);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  for (const [g, members] of groups) {
    const constName = `${g.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c).toUpperCase()}_ERROR_CODES`;
    out.push(`/** Codes answered with ${[...new Set(members.map((m) => m.status))].join(' or ')}. */`);
    out.push(`export const ${constName} = [${members.map((m) => q(m.code)).join(', ')}] as const;`);
    out.push(`export type ${g}ErrorCode = (typeof ${constName})[number];\n`);
  }
  return out.join('\n');
}

export function emitOperations(rows: OperationRow[]): string {
  const out = [BANNER];
  out.push("import type { Scope } from './scopes.js';\n");
  out.push('/** Who may reach an operation besides its scope. */');
  out.push("export type Visibility = 'public' | 'dashboard' | 'widget';");
  out.push("export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';");
  out.push("export type CredentialScheme = 'apiKey' | 'apiKeyHeader' | 'session' | 'publishableKey';\n");
  out.push('/** The rules of one operation, read from its `security` and `x-` extensions. */');
  out.push('export interface OperationRule {');
  out.push('  readonly operationId: string;');
  out.push('  readonly method: HttpMethod;');
  out.push('  /** The templated path, e.g. `/api/v1/kb/articles/{articleId}`. */');
  out.push('  readonly path: string;');
  out.push('  /** The one scope the operation needs, or `null` when it needs none. */');
  out.push('  readonly scope: Scope | null;');
  out.push('  /** The security schemes that may call it. */');
  out.push('  readonly credentials: readonly CredentialScheme[];');
  out.push('  readonly visibility: Visibility;');
  out.push('  /** In the contract but not released: answers `ENDPOINT_RESERVED`. */');
  out.push('  readonly reserved: boolean;');
  out.push('  /** Units of the rate-limit budget one call spends. */');
  out.push('  readonly cost: number;');
  out.push('}\n');
  out.push('/** Every operation of the spec, sorted by path then method. */');
  out.push('export const OPERATIONS = [');
  for (const r of rows) {
    out.push(
      `  { operationId: ${q(r.operationId)}, method: ${q(r.method)}, path: ${q(r.path)}, scope: ${r.scope === null ? 'null' : q(r.scope)}, credentials: [${r.credentials.map(q).join(', ')}], visibility: ${q(r.visibility)}, reserved: ${r.reserved}, cost: ${r.cost} },`,
    );
  }
  out.push('] as const satisfies readonly OperationRule[];\n');
  out.push('/** Every operationId. */');
  out.push("export type OperationId = (typeof OPERATIONS)[number]['operationId'];\n");
  out.push('/** Path → method → required scope (`null`: none), for type-level scope checks. */');
  out.push('export interface PathScopes {');
  const byPath = new Map<string, OperationRow[]>();
  for (const r of rows) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
  for (const [p, ops] of byPath) {
    out.push(`  ${q(p)}: { ${ops.map((o) => `${o.method}: ${o.scope === null ? 'null' : q(o.scope)}`).join('; ')} };`);
  }
  out.push('}\n');
  return out.join('\n');
}

export function emitRateLimits(rows: RateLimitTierRow[]): string {
  const out = [BANNER];
  out.push('/** Requests per window of each rate-limit tier. */');
  out.push('export const RATE_LIMIT_TIERS = {');
  for (const r of rows) out.push(`  ${r.name}: { minute: ${r.minute}, day: ${r.day} },`);
  out.push('} as const;');
  out.push('export type RateLimitTier = keyof typeof RATE_LIMIT_TIERS;\n');
  out.push('/** The windows every tier has, with their length in seconds. */');
  out.push('export const RATE_LIMIT_WINDOWS = { minute: 60, day: 86400 } as const;');
  out.push('export type RateLimitWindow = keyof typeof RATE_LIMIT_WINDOWS;\n');
  return out.join('\n');
}

/**
 * The per-operation facts a client's transport needs, and nothing else: the rate-limit cost of
 * the operations that spend more than one unit, and which operations a publishable key reaches.
 * A client that imports these instead of `OPERATIONS` ships a few hundred bytes, not the table.
 */
export function emitTransportRules(rows: OperationRow[]): string {
  const key = (r: OperationRow) => q(`${r.method.toUpperCase()} ${r.path}`);
  const costly = rows.filter((r) => r.cost !== 1);
  const widget = rows.filter((r) => r.visibility === 'widget');
  const out = [BANNER];
  out.push('/** Rate-limit budget units of every operation that spends other than 1, keyed `METHOD /templated/path`. */');
  out.push(
    `export const OPERATION_COSTS: Readonly<Record<string, number>> = {${costly.map((r) => `\n  ${key(r)}: ${r.cost},`).join('')}${costly.length ? '\n' : ''}};\n`,
  );
  out.push('/** The operations a publishable key may call (visibility `widget`), as `METHOD /templated/path`. */');
  out.push(
    `export const WIDGET_OPERATIONS: readonly string[] = [${widget.map((r) => `\n  ${key(r)},`).join('')}${widget.length ? '\n' : ''}];\n`,
  );
  return out.join('\n');
}
