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

/** The catch-all handlers that answer every `/api/v1/*` request of both hosts. */
export function createApiHandlers(deps: PipelineDeps, dispatch: OperationHandler): HttpHandler[] {
  return API_ORIGINS.map((origin) => http.all(`${origin}/api/v1/*`, ({ request }) => handleApiRequest(request, deps, dispatch)));
}

/** Tells whether a request addresses one operation on either host (used by overrides). */
export function addressesOperation(request: Request, operationId: string): boolean {
  const url = new URL(request.url);
  if (!API_ORIGINS.includes(url.origin)) return false;
  return findOperation(request.method, url.pathname)?.operationId === operationId;
}
