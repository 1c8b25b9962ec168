import { type ParsedCredential, parseCredential } from '@atender/contract';
import { refuse } from '../problem.js';
import { type ArrivedBy, fail, pass, type RequestFacts, type RuleOutcome } from './rule.js';

/** A well-formed credential and the scheme it arrived by. */
export interface PresentedCredential {
  readonly credential: ParsedCredential;
  readonly scheme: ArrivedBy;
}

const isBlank = (value: string | null): value is null => value === null || value.trim() === '';

/**
 * Rule 1: a credential is present and well-formed. `Authorization: Bearer …` carries any kind;
 * `X-API-Key` carries secret keys only. Refuses `API_KEY_MISSING` / `API_KEY_MALFORMED`.
 */
export function checkCredentialForm(facts: Pick<RequestFacts, 'authorization' | 'apiKeyHeader'>): RuleOutcome<PresentedCredential> {
  const viaHeader = isBlank(facts.authorization) && !isBlank(facts.apiKeyHeader);
  const parsed = parseCredential(viaHeader ? facts.apiKeyHeader : facts.authorization);
  if (!parsed.ok) {
    const detail = parsed.reason === 'missing' ? 'Send a key as "Authorization: Bearer sa_…" or "X-API-Key: sa_…".' : parsed.message;
    return fail(refuse(parsed.reason === 'missing' ? 'API_KEY_MISSING' : 'API_KEY_MALFORMED', detail));
  }
  if (viaHeader) {
    if (parsed.kind !== 'secret') {
      return fail(
        refuse('API_KEY_MALFORMED', 'X-API-Key takes a secret key; send session tokens and publishable keys as "Authorization: Bearer …".'),
      );
    }
    return pass({ credential: parsed, scheme: 'apiKeyHeader' });
  }
  const scheme: ArrivedBy = parsed.kind === 'secret' ? 'apiKey' : parsed.kind === 'session' ? 'session' : 'publishableKey';
  return pass({ credential: parsed, scheme });
}
