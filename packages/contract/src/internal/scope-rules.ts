import { SCOPES, type Scope } from '../generated/scopes.js';
import { describeValue, didYouMean } from './messages.js';

// Built once: the table is static, and lookups sit on every request's hot path.
const SCOPE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(SCOPES);

const WRITE_SUFFIX = ':write';
const READ_SUFFIX = ':read';

/**
 * Tells whether a value is one of the scopes the spec defines.
 *
 * @example
 * isScope('knowledge:read'); // true
 * isScope('knowledge:wirte'); // false
 */
export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && SCOPE_SET.has(value);
}

/** The read scope a write scope implies, if the spec defines one for that surface. */
export function impliedRead(scope: Scope): Scope | undefined {
  if (!scope.endsWith(WRITE_SUFFIX)) return undefined;
  const read = `${scope.slice(0, -WRITE_SUFFIX.length)}${READ_SUFFIX}`;
  return isScope(read) ? read : undefined;
}

/** Throws the one error every helper uses for a string that is not a scope. */
export function assertScope(value: unknown, context: string): asserts value is Scope {
  if (isScope(value)) return;
  const hint = typeof value === 'string' ? didYouMean(value, SCOPES) : '';
  throw new TypeError(`${context}: ${describeValue(value)} is not a scope.${hint} Valid scopes look like "knowledge:read"; see SCOPES.`);
}

/**
 * The scopes one scope grants: itself, plus the read on its surface when it is a write.
 *
 * @throws TypeError when `scope` is not a known scope.
 * @example
 * impliedScopes('knowledge:write'); // ['knowledge:write', 'knowledge:read']
 */
export function impliedScopes(scope: Scope): Scope[] {
  assertScope(scope, 'impliedScopes');
  const read = impliedRead(scope);
  return read === undefined ? [scope] : [scope, read];
}

/**
 * Tells whether granted scopes permit an operation needing `required` (write implies read).
 * `null` means the operation needs no scope. Unknown strings among `granted` grant nothing.
 *
 * @example
 * hasScope(['knowledge:write'], 'knowledge:read'); // true
 * hasScope(['knowledge:read'], 'knowledge:write'); // false
 * hasScope([], null); // true
 */
export function hasScope(granted: Iterable<Scope>, required: Scope | null): boolean {
  if (required === null) return true;
  for (const scope of granted) {
    if (!isScope(scope)) continue;
    if (scope === required || impliedRead(scope) === required) return true;
  }
  return false;
}
