/**
 * One line saying why a request got no answer, from the cause chain fetch leaves behind:
 * undici throws `TypeError: fetch failed` whose `cause` holds the useful part
 * (`connect ECONNREFUSED 127.0.0.1:3000`, code `ECONNREFUSED`).
 */

// Plain words for the failures a newcomer meets first.
const PLAIN: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused: nothing listens there (is the server running, the port right?)',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed, temporarily',
  ECONNRESET: 'connection reset by the other side',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the connection closed before the answer was complete',
};

function causes(error: Error | undefined): Error[] {
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && chain.length < 5; current = current.cause) chain.push(current);
  return chain;
}

/**
 * Why a request failed, for a `ConnectionError` message: the errno code when one is in the
 * chain (`ECONNREFUSED: connection refused …`), else the innermost message. `cause` must
 * already be redacted (see `sanitizeCause`).
 */
export function describeNetworkFailure(cause: Error | undefined): string {
  const chain = causes(cause);
  if (chain.length === 0) return 'unknown failure';
  const coded = chain.find((error) => typeof (error as { code?: unknown }).code === 'string');
  const code = coded ? String((coded as { code?: unknown }).code) : undefined;
  const innermost = chain[chain.length - 1] as Error;
  const detail = `${innermost.name}: ${innermost.message}`;
  if (code === undefined) return detail;
  return `${code}: ${PLAIN[code] ?? (coded as Error).message}`;
}
