/**
 * CORS for the browser chat widget and browser tests. Every answer names the caller's origin:
 * who may call is decided by the rules (a publishable key's origin allow-list), and a refused
 * browser caller must still be able to read why. The header lists come from the spec's `x-cors`,
 * so a header the SDK starts sending is allowed here once the spec names it, and only then.
 */
import { CLIENT_HEADERS, EXPOSED_HEADERS } from '@atender/contract';

const ALLOWED = CLIENT_HEADERS.join(', ');
const EXPOSED = EXPOSED_HEADERS.join(', ');

/** The CORS headers of an answer to a request from `origin` (none without an Origin). */
export function corsHeaders(origin: string | null): Record<string, string> {
  if (origin === null) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED, Vary: 'Origin' };
}

/** The answer to a preflight `OPTIONS`: any origin may ask; the real request is judged by the rules. */
export function preflightResponse(request: Request, requestId: string): Response {
  const origin = request.headers.get('origin');
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': ALLOWED,
      'Access-Control-Max-Age': '600',
      'X-Request-Id': requestId,
    },
  });
}
