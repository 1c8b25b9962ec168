import { parseCredential } from '@atender/contract';
import { ConfigurationError } from '../core/errors/client-errors.js';
import type { Credential } from './credential.js';
import type { Deadline } from './deadline.js';

/**
 * The credential header of one attempt: `[name, value, credential]`. Asks `getAccessToken`
 * every time, so a long retry wait never sends a token that expired meanwhile.
 */
export async function authenticate(
  credential: Credential,
  authHeader: 'bearer' | 'x-api-key',
  forceRefresh: boolean,
  deadline: Deadline,
): Promise<[name: string, value: string, credential: string]> {
  if (credential.kind === 'secret' && authHeader === 'x-api-key') return ['x-api-key', credential.value, credential.value];
  if (credential.kind !== 'session-provider') return ['authorization', `Bearer ${credential.value}`, credential.value];
  const token: unknown = await credential.get({ forceRefresh, signal: deadline.signal });
  const parsed = parseCredential(token);
  if (!parsed.ok || parsed.kind !== 'session') {
    const problem = parsed.ok ? `a ${parsed.kind} key, not a session token` : parsed.message;
    throw new ConfigurationError(`getAccessToken returned ${problem}`);
  }
  return ['authorization', `Bearer ${parsed.value}`, parsed.value];
}
