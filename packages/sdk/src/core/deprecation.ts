/**
 * Warnings for operations the API is retiring: a response with `Deprecation` (RFC 9745) or
 * `Sunset` (RFC 8594) is logged at `warn` once per method and path of a client, with the dates
 * and the `Link` to the migration notes when the server gives them.
 */
import type { PreparedRequest } from './build-request.js';
import type { LevelLog } from './logger.js';

/** RFC 9745 writes the date as a structured field, `@<unix seconds>`. */
function describeDeprecation(value: string): string {
  const seconds = /^@(-?\d{1,12})$/.exec(value.trim())?.[1];
  if (seconds === undefined) return value.trim().slice(0, 100);
  const date = new Date(Number(seconds) * 1000);
  return Number.isNaN(date.getTime()) ? value.trim().slice(0, 100) : `since ${date.toISOString()}`;
}

/** The `Link` targets of the deprecation and sunset relations. */
function migrationLinks(link: string | null): string[] {
  if (!link) return [];
  return [...link.slice(0, 2000).matchAll(/<([^>]{1,500})>\s*;[^,]*\brel="?(?:deprecation|sunset)"?/gi)].map((m) => m[1] ?? '');
}

/** Creates the warner of one client; `undefined` when warnings are off. */
export function createDeprecationWarner(log: LevelLog): ((request: PreparedRequest, response: Response) => void) | undefined {
  const warn = log.warn;
  if (!warn) return undefined;
  const warned = new Set<string>();
  return (request, response) => {
    const deprecation = response.headers.get('deprecation');
    const sunset = response.headers.get('sunset');
    if (deprecation === null && sunset === null) return;
    const key = `${request.method} ${request.path}`;
    if (warned.has(key)) return;
    warned.add(key);
    const parts = [`${key} is deprecated`];
    if (deprecation !== null) parts.push(`(${describeDeprecation(deprecation)})`);
    if (sunset !== null) parts.push(`and will stop working after ${sunset.slice(0, 100)}`);
    const links = migrationLinks(response.headers.get('link'));
    warn(`${parts.join(' ')}.${links.length ? ` See ${links.join(', ')}.` : ''}`, {
      deprecation: deprecation ?? undefined,
      sunset: sunset ?? undefined,
      links,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  };
}
