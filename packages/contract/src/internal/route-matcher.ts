import type { OperationRule } from '../generated/operations.js';

/** How one segment of a templated path matches a concrete segment. */
type SegmentMatcher =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'param' }
  | { readonly kind: 'pattern'; readonly regex: RegExp };

interface CompiledRoute {
  readonly rule: OperationRule;
  readonly segments: readonly SegmentMatcher[];
}

// Lower ranks are more specific; a router tries literal before pattern before bare parameter.
const RANK = { literal: 0, pattern: 1, param: 2 } as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileSegment(segment: string): SegmentMatcher {
  if (!segment.includes('{')) return { kind: 'literal', text: segment };
  if (/^\{[^{}]+\}$/.test(segment)) return { kind: 'param' };
  // A segment mixing text and parameters, e.g. `{id}.json`: each parameter takes 1+ chars.
  const source = segment
    .split(/\{[^{}]+\}/)
    .map(escapeRegExp)
    .join('[^/]+');
  return { kind: 'pattern', regex: new RegExp(`^${source}$`) };
}

/** Orders routes so the first match is the most specific: literal segments win, leftmost first. */
function compareRoutes(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < a.segments.length; i++) {
    const left = RANK[a.segments[i]?.kind ?? 'param'];
    const right = RANK[b.segments[i]?.kind ?? 'param'];
    if (left !== right) return left - right;
  }
  return a.rule.path < b.rule.path ? -1 : a.rule.path > b.rule.path ? 1 : 0;
}

/** Routes keyed by `method segmentCount`, each list ordered most specific first. */
function compileRoutes(rules: readonly OperationRule[]): Map<string, CompiledRoute[]> {
  const routes = new Map<string, CompiledRoute[]>();
  for (const rule of rules) {
    const segments = rule.path.split('/').slice(1).map(compileSegment);
    const key = `${rule.method} ${segments.length}`;
    const list = routes.get(key) ?? [];
    list.push({ rule, segments });
    routes.set(key, list);
  }
  for (const list of routes.values()) list.sort(compareRoutes);
  return routes;
}

/** The path's segments without origin, query, fragment or trailing slash; `undefined` if not a path. */
function pathSegments(input: string): string[] | undefined {
  let path = input.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  path = path.replace(/[?#].*$/s, '').replace(/\/+$/, '');
  if (path === '') return undefined;
  if (!path.startsWith('/')) path = `/${path}`;
  return path.split('/').slice(1);
}

function matches(route: CompiledRoute, segments: readonly string[]): boolean {
  return route.segments.every((matcher, i) => {
    const segment = segments[i] ?? '';
    if (matcher.kind === 'literal') return matcher.text === segment;
    // An empty segment (`//`) is never a parameter value.
    if (segment === '') return false;
    return matcher.kind === 'param' || matcher.regex.test(segment);
  });
}

/** Finds a route in a precompiled table; see `findOperation` for the matching rules. */
export type RouteMatcher = (method: string, path: string) => OperationRule | undefined;

/** Compiles a table of operations into a matcher, once; the matcher itself never allocates regexes. */
export function createRouteMatcher(rules: readonly OperationRule[]): RouteMatcher {
  const routes = compileRoutes(rules);
  return (method, path) => {
    if (typeof method !== 'string' || typeof path !== 'string') return undefined;
    const segments = pathSegments(path);
    if (segments === undefined) return undefined;
    const candidates = routes.get(`${method.trim().toLowerCase()} ${segments.length}`);
    return candidates?.find((route) => matches(route, segments))?.rule;
  };
}
