/**
 * The msw side: one catch-all handler per base URL (production, sandbox). The operation is found
 * with the contract's `findOperation`, the environment from the host; everything else is the
 * pipeline's job.
 */
import { BASE_URLS, findOperation } from '@atender/contract';
import { type HttpHandler, http } from 'msw';
import { handleApiRequest, type PipelineDeps } from './pipeline.js';
import type { OperationHandler } from './types.js';

/** Both API origins the mock answers. */
export const API_ORIGINS: readonly string[] = [BASE_URLS.production, BASE_URLS.sandbox];

const API_PREFIXES = API_ORIGINS.map((origin) => `${origin}/api/v1/`);

/** Tells whether a URL is under `/api/v1/` of either host (request URLs are already normalized). */
const isApiUrl = (url: string): boolean => API_PREFIXES.some((prefix) => url.startsWith(prefix));

/**
 * One catch-all handler that answers every `/api/v1/*` request of both hosts. A predicate, not
 * a path pattern: msw compiles a path pattern with path-to-regexp on every request, per handler,
 * which was a fifth of the mock's cost over a bare handler; the pipeline finds the operation itself.
 */
export function createApiHandlers(deps: PipelineDeps, dispatch: OperationHandler): HttpHandler[] {
  return [
    http.all(
      ({ request }) => isApiUrl(request.url),
      ({ request }) => handleApiRequest(request, deps, dispatch),
    ),
  ];
}

/** Tells whether a request addresses one operation on either host (used by overrides). */
export function addressesOperation(request: Request, operationId: string): boolean {
  const url = new URL(request.url);
  if (!API_ORIGINS.includes(url.origin)) return false;
  return findOperation(request.method, url.pathname)?.operationId === operationId;
}
