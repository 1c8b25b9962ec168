import { OPERATIONS, type OperationId } from './generated/operations.js';
import { SCOPE_BUNDLE_NAMES, SCOPE_BUNDLES, type Scope, type ScopeBundle } from './generated/scopes.js';
import { describeValue, didYouMean } from './internal/messages.js';
import { assertScope, impliedRead, isScope } from './internal/scope-rules.js';
import { findOperation, getOperation } from './operations.js';

export { hasScope, impliedScopes, isScope } from './internal/scope-rules.js';

/** One call, named by its operationId or by method and (concrete or templated) path. */
export type OperationRef = OperationId | { readonly method: string; readonly path: string };

/** The scopes a bundle is made of, as a tuple element type. */
export type BundleScopes<B extends ScopeBundle> = (typeof SCOPE_BUNDLES)[B][number];

// Pure annotations: a bundle that imports one rule must be able to drop the rest (sideEffects: false).
const BUNDLE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(SCOPE_BUNDLE_NAMES);
const BUNDLE_LIST = /* @__PURE__ */ SCOPE_BUNDLE_NAMES.map((name) => `"${name}"`).join(', ');

// Plain code-unit order: stable across runtimes and locales, unlike localeCompare.
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Tells whether a value is the name of a scope bundle.
 *
 * @example
 * isScopeBundle('read_all'); // true
 */
export function isScopeBundle(value: unknown): value is ScopeBundle {
  return typeof value === 'string' && BUNDLE_SET.has(value);
}

/**
 * The scopes a bundle grants, in the spec's order (a fresh array).
 *
 * @throws TypeError naming the unknown bundle and listing the valid ones.
 * @example
 * expandBundle('basic'); // ['contacts:read', 'conversations:read', 'tags:read']
 */
export function expandBundle<B extends ScopeBundle>(bundle: B): BundleScopes<B>[] {
  if (!isScopeBundle(bundle)) {
    const hint = typeof bundle === 'string' ? didYouMean(bundle, SCOPE_BUNDLE_NAMES) : '';
    throw new TypeError(`expandBundle: ${describeValue(bundle)} is not a scope bundle.${hint} Valid bundles: ${BUNDLE_LIST}.`);
  }
  return [...SCOPE_BUNDLES[bundle]];
}

/**
 * Expands a mix of scopes and bundle names into de-duplicated, sorted scopes.
 *
 * @throws TypeError naming the first entry that is neither a scope nor a bundle.
 * @example
 * expandScopes(['basic', 'knowledge:read']);
 * // ['contacts:read', 'conversations:read', 'knowledge:read', 'tags:read']
 */
export function expandScopes(items: Iterable<Scope | ScopeBundle>): Scope[] {
  const result = new Set<Scope>();
  for (const item of items) {
    if (isScope(item)) result.add(item);
    else if (isScopeBundle(item)) for (const scope of SCOPE_BUNDLES[item]) result.add(scope);
    else throw unknownEntryError(item);
  }
  return [...result].sort(byCodeUnit);
}

function unknownEntryError(item: unknown): TypeError {
  const hint = typeof item === 'string' ? didYouMean(item, [...SCOPE_BUNDLE_NAMES, ...SCOPE_BUNDLES.full_access]) : '';
  return new TypeError(
    `expandScopes: ${describeValue(item)} is neither a scope nor a scope bundle.${hint} ` +
      `Scopes look like "knowledge:read"; bundles are ${BUNDLE_LIST}.`,
  );
}

/**
 * De-duplicates and sorts scopes, dropping each read that a write on the same surface implies.
 *
 * @throws TypeError when an entry is not a known scope.
 * @example
 * normalizeScopes(['knowledge:read', 'knowledge:write', 'tags:read']); // ['knowledge:write', 'tags:read']
 */
export function normalizeScopes(scopes: Iterable<Scope>): Scope[] {
  const set = new Set<Scope>();
  for (const scope of scopes) {
    assertScope(scope, 'normalizeScopes');
    set.add(scope);
  }
  for (const scope of [...set]) {
    const read = impliedRead(scope);
    if (read !== undefined) set.delete(read);
  }
  return [...set].sort(byCodeUnit);
}

function requiredScope(ref: OperationRef): Scope | null {
  if (typeof ref === 'string') {
    const rule = getOperation(ref as string);
    if (rule) return rule.scope;
    throw new TypeError(
      `minimumScopes: unknown operationId ${describeValue(ref)}.${didYouMean(
        ref,
        OPERATIONS.map((op) => op.operationId),
      )}`,
    );
  }
  const rule = typeof ref === 'object' && ref !== null ? findOperation(ref.method, ref.path) : undefined;
  if (rule) return rule.scope;
  const shown = typeof ref === 'object' && ref !== null ? `${describeValue(ref.method)} ${describeValue(ref.path)}` : describeValue(ref);
  throw new TypeError(`minimumScopes: no operation matches ${shown}.`);
}

/**
 * The least-privilege scopes for a list of calls: every call is permitted, and dropping any
 * returned scope forbids one of them. Write implies read, so a read is left out when the
 * write on its surface is needed anyway. Sorted.
 *
 * @throws TypeError naming the first call that matches no operation.
 * @example
 * minimumScopes(['listKbArticles', { method: 'POST', path: '/api/v1/kb/articles' }]); // ['knowledge:write']
 */
export function minimumScopes(operations: Iterable<OperationRef>): Scope[] {
  const needed: Scope[] = [];
  for (const ref of operations) {
    const scope = requiredScope(ref);
    if (scope !== null) needed.push(scope);
  }
  return normalizeScopes(needed);
}
