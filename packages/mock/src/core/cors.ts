/**
 * CORS for the browser chat widget and browser tests. Every answer names the caller's origin:
 * who may call is decided by the rules (a publishable key's origin allow-list), and a refused
 * browser caller must still be able to read why.
 */

/** Headers a browser script may read from an answer. */
const EXPOSED = [
  'X-Request-Id',
  'RateLimit',
  'RateLimit-Policy',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'WWW-Authenticate',
  'Idempotent-Replayed',
].join(', ');

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
      'Access-Control-Allow-Headers': 'Authorization, X-API-Key, Content-Type, Idempotency-Key',
      'Access-Control-Max-Age': '600',
      'X-Request-Id': requestId,
    },
  });
}
