/**
 * The rate-limit headers, formatted (server side) and parsed (client side) in this one file.
 * Syntax: draft-ietf-httpapi-ratelimit-headers-10 structured fields plus the widespread
 * `X-RateLimit-*` trio. The draft is not final; a change of syntax is a change here only.
 */

/** The state of one quota window as the server sees it at answer time. */
export interface RateLimitWindowState {
  /** Policy name, e.g. `minute` or `day`. */
  readonly name: string;
  /** Requests allowed per window. */
  readonly limit: number;
  /** Window length in seconds. */
  readonly windowSeconds: number;
  /** Requests left in the current window (never negative). */
  readonly remaining: number;
  /** Seconds until the current window resets. */
  readonly resetSeconds: number;
}

/** What a client can learn from one response's rate-limit headers. */
export interface RateLimitInfo {
  /** The window closest to exhaustion (the one named in `RateLimit`), if any header was sent. */
  readonly policy: string | undefined;
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  /** Seconds until that window resets. */
  readonly resetSeconds: number | undefined;
  /** Every policy of `RateLimit-Policy`: name → quota and window length. */
  readonly policies: ReadonlyMap<string, { quota: number; windowSeconds: number }>;
}

/** The window a client should watch: the one with the least budget left, then the soonest reset. */
export function tightestWindow(windows: readonly RateLimitWindowState[]): RateLimitWindowState | undefined {
  return [...windows].sort((a, b) => a.remaining - b.remaining || a.resetSeconds - b.resetSeconds)[0];
}

/**
 * Headers for an answer, given every window of the key's tier.
 * @example formatRateLimitHeaders([{ name: 'minute', limit: 600, windowSeconds: 60, remaining: 42, resetSeconds: 17 }])
 */
export function formatRateLimitHeaders(windows: readonly RateLimitWindowState[]): Record<string, string> {
  const tight = tightestWindow(windows);
  if (!tight) return {};
  return {
    'RateLimit-Policy': windows.map((w) => `"${w.name}";q=${w.limit};w=${w.windowSeconds}`).join(', '),
    RateLimit: `"${tight.name}";r=${Math.max(0, tight.remaining)};t=${Math.ceil(tight.resetSeconds)}`,
    'X-RateLimit-Limit': String(tight.limit),
    'X-RateLimit-Remaining': String(Math.max(0, tight.remaining)),
    'X-RateLimit-Reset': String(Math.ceil(tight.resetSeconds)),
  };
}

interface HeaderSource {
  get(name: string): string | null;
}

/** One structured-field item: its name and its numeric parameters (no prototype: keys come from the network). */
interface Item {
  readonly name: string;
  readonly params: Readonly<Record<string, number | undefined>>;
}

/** `"name";k=v;k=v` → an item; `undefined` for an empty name. Tolerant of spaces and unknown parameters. */
function parseItem(raw: string): Item | undefined {
  const firstSemicolon = raw.indexOf(';');
  let name = (firstSemicolon < 0 ? raw : raw.slice(0, firstSemicolon)).trim();
  if (name.startsWith('"')) name = name.slice(1);
  if (name.endsWith('"')) name = name.slice(0, -1);
  if (!name) return undefined;
  const params: Record<string, number | undefined> = Object.create(null);
  // Scanned with indexOf, not split/map: the pacer parses every answer's headers.
  for (let start = firstSemicolon; start >= 0; ) {
    const end = raw.indexOf(';', start + 1);
    const part = raw.slice(start + 1, end < 0 ? undefined : end);
    const equals = part.indexOf('=');
    if (equals >= 0) {
      const key = part.slice(0, equals).trim();
      const next = part.indexOf('=', equals + 1);
      const value = Number(part.slice(equals + 1, next < 0 ? undefined : next).trim());
      if (key && Number.isFinite(value)) params[key] = value;
    }
    start = end;
  }
  return { name, params };
}

/** Parses `"name";k=v;k=v, "name2";…` into items (every one, or only the first with a name). */
function parseItems(value: string, onlyFirst = false): Item[] {
  const items: Item[] = [];
  for (let start = 0; start <= value.length; ) {
    const comma = value.indexOf(',', start);
    const item = parseItem(value.slice(start, comma < 0 ? undefined : comma));
    if (item) {
      items.push(item);
      if (onlyFirst) break;
    }
    if (comma < 0) break;
    start = comma + 1;
  }
  return items;
}

const intOrUndefined = (v: string | null): number | undefined => {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** Reads the rate-limit headers of a response; absent or garbled headers give `undefined` fields. */
export function parseRateLimitHeaders(headers: HeaderSource): RateLimitInfo {
  const policies = new Map<string, { quota: number; windowSeconds: number }>();
  for (const item of parseItems(headers.get('RateLimit-Policy') ?? '')) {
    const quota = item.params.q;
    if (quota !== undefined) policies.set(item.name, { quota, windowSeconds: item.params.w ?? 0 });
  }
  const current = parseItems(headers.get('RateLimit') ?? '', true)[0];
  const policy = current?.name;
  return {
    policy,
    limit: (policy !== undefined ? policies.get(policy)?.quota : undefined) ?? intOrUndefined(headers.get('X-RateLimit-Limit')),
    remaining: current?.params.r ?? intOrUndefined(headers.get('X-RateLimit-Remaining')),
    resetSeconds: current?.params.t ?? intOrUndefined(headers.get('X-RateLimit-Reset')),
    policies,
  };
}

/**
 * `Retry-After` in milliseconds: integer seconds or an HTTP-date (RFC 9110 §10.2.3).
 * `undefined` when absent or unparseable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only an HTTP-date (`Sun, 06 Nov 1994 08:49:37 GMT`); Date.parse alone accepts `-5` as a year.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
