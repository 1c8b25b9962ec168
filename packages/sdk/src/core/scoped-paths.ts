/**
 * Type-level scopes: narrows the contract's `paths` to the operations a key's scopes permit,
 * so a call the server would answer with 403 `INSUFFICIENT_SCOPE` fails to compile instead.
 * The server stays the enforcer; this only moves the mistake to the editor.
 */
import {
  type BundleScopes,
  isScope,
  isScopeBundle,
  type PathScopes,
  type paths,
  SCOPE_BUNDLE_NAMES,
  type Scope,
  type ScopeBundle,
} from '@atender/contract';

/** What a client may be told it holds: scopes, bundle names, or a mix. */
export type ScopeList = readonly (Scope | ScopeBundle)[];

/** The read scope a write scope implies on the same surface (none for a read). */
type ImpliedRead<S extends Scope> = S extends `${infer Surface}:write` ? Extract<`${Surface}:read`, Scope> : never;

/** One entry of a scope list as the scopes it grants; bundles expand to their members. */
type ExpandEntry<E extends Scope | ScopeBundle> = E extends ScopeBundle ? BundleScopes<E> : E;

/**
 * Every scope a list grants, bundles expanded and write implying read.
 *
 * @example
 * type G = GrantedScopes<['knowledge:write', 'basic']>;
 * // 'knowledge:write' | 'knowledge:read' | 'contacts:read' | 'conversations:read' | 'tags:read'
 */
export type GrantedScopes<TScopes extends ScopeList> = ExpandEntry<TScopes[number]> | ImpliedRead<ExpandEntry<TScopes[number]>>;

/**
 * Per path, the methods granted scopes permit (`never` for none); operations that need no scope
 * are always in. Computed once per scope set as one flat mapped type over `PathScopes`, with no
 * recursion, so every call site reuses it. (A union of `"<method> <path>"` keys carries the same
 * information but cost the checker ~30% more instantiations; see scripts/bench/typecheck.ts.)
 *
 * @example
 * type M = PermittedMethods<'knowledge:read'>['/api/v1/kb/articles']; // 'get'
 */
export type PermittedMethods<TGranted extends Scope> = {
  [P in keyof PathScopes]: {
    [M in keyof PathScopes[P]]: PathScopes[P][M] extends TGranted | null ? M : never;
  }[keyof PathScopes[P]];
};

/**
 * `paths` with every operation the granted scopes do not permit removed. A refused method is
 * dropped from its path item rather than typed `never`: openapi-fetch's `PathsWithMethod`
 * keeps any path whose item has the method key at all, so only absence takes a path out of
 * `GET`/`POST`/… unions. A path with no permitted method is dropped, and so is a path missing
 * from `PathScopes`, so a gap in the table fails closed.
 */
type NarrowedPaths<TMethods extends Record<keyof PathScopes, string>> = {
  [P in keyof paths as P extends keyof PathScopes ? ([TMethods[P]] extends [never] ? never : P) : never]: {
    // Homomorphic with `as`: kept members keep their `?` modifiers; `parameters` and the
    // methods the spec does not define (`options?: never`, …) pass through untouched.
    [F in keyof paths[P] as F extends keyof PathScopes[P & keyof PathScopes]
      ? F extends TMethods[P & keyof PathScopes]
        ? F
        : never
      : F]: paths[P][F];
  };
};

/** Narrowing once the granted scopes are known; every scope granted means nothing to narrow. */
type PathsForGranted<TGranted extends Scope> = [Scope] extends [TGranted] ? paths : NarrowedPaths<PermittedMethods<TGranted>>;

/**
 * The contract's `paths` narrowed to the operations a scope list permits: bundles expand,
 * write implies read on the same surface, operations that need no scope stay. A list whose
 * contents are not known at compile time (`Scope[]`) permits everything: the type cannot
 * know better, and the server still enforces.
 *
 * @example
 * type KbPaths = ScopedPaths<['knowledge:write']>;
 * // has GET and POST '/api/v1/kb/articles', GET '/api/v1/auth/key'; no '/api/v1/contacts'
 */
export type ScopedPaths<TScopes extends ScopeList> = PathsForGranted<GrantedScopes<TScopes>>;

/**
 * The paths a client created with `scopes` may call: all of `paths` when no scopes are given.
 *
 * @example
 * function createAtenderClient<const S extends ScopeList | undefined = undefined>(
 *   options: { scopes?: S },
 * ): AtenderClient<PathsFor<S>>;
 */
export type PathsFor<TScopes extends ScopeList | undefined> = TScopes extends ScopeList ? ScopedPaths<TScopes> : paths;

const BUNDLE_LIST = SCOPE_BUNDLE_NAMES.map((name) => `"${name}"`).join(', ');

function describe(value: unknown): string {
  // Entries are scope names, not secrets, but a long string is more likely a pasted key.
  if (typeof value === 'string') return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  return value === null ? 'null' : typeof value;
}

/**
 * Throws when a scope list holds anything that is neither a scope nor a bundle name, so a
 * typo in configuration read at runtime (where the types cannot help) fails loudly at start.
 *
 * @throws TypeError naming the first bad entry and its index.
 * @example
 * assertScopesKnown(['knowledge:write', 'basic']); // passes
 * assertScopesKnown(['knowledge:wirte']); // TypeError: scopes[0] is "knowledge:wirte", …
 */
export function assertScopesKnown(scopes: unknown): asserts scopes is ScopeList {
  if (!Array.isArray(scopes)) throw new TypeError(`scopes must be an array of scopes and bundle names, got ${describe(scopes)}.`);
  scopes.forEach((entry: unknown, index) => {
    if (isScope(entry) || isScopeBundle(entry)) return;
    throw new TypeError(
      `scopes[${index}] is ${describe(entry)}, which is neither a scope nor a scope bundle. ` +
        `Scopes look like "knowledge:read" (see SCOPES); bundles are ${BUNDLE_LIST}.`,
    );
  });
}
