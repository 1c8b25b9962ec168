/**
 * Turns the spec's `x-cors` into `packages/contract/src/generated/http-headers.ts`: the headers a
 * browser client may send and read, which the mock's CORS answers (and a real server's) allow.
 */
import { BANNER } from './emit-contract.ts';
import type { CorsHeaderRows } from './spec.ts';

const q = (s: string) => JSON.stringify(s);

export function emitHttpHeaders(rows: CorsHeaderRows): string {
  const list = (items: CorsHeaderRows['allow']) => items.map((h) => `  /** ${h.description} */\n  ${q(h.name)},`).join('\n');
  const out = [BANNER];
  out.push('/** Every header a client may send; a CORS preflight allows exactly these. */');
  out.push(`export const CLIENT_HEADERS = [\n${list(rows.allow)}\n] as const;`);
  out.push('/** A header a client may send. */');
  out.push('export type ClientHeader = (typeof CLIENT_HEADERS)[number];\n');
  out.push('/** Every response header a browser script may read (`Access-Control-Expose-Headers`). */');
  out.push(`export const EXPOSED_HEADERS = [\n${list(rows.expose)}\n] as const;`);
  out.push('/** A response header a browser script may read. */');
  out.push('export type ExposedHeader = (typeof EXPOSED_HEADERS)[number];\n');
  return out.join('\n');
}
