import type { OperationRule } from '@atender/contract';
import { refuse } from '../problem.js';
import { type ArrivedBy, fail, pass, type RuleOutcome } from './rule.js';

function notPublicDetail(operation: OperationRule, scheme: ArrivedBy): string {
  // The title already says "for the dashboard only"; the detail says what to use instead.
  if (operation.visibility === 'dashboard') {
    return `${operation.method.toUpperCase()} ${operation.path} takes a dashboard session token; API keys cannot call it.`;
  }
  if (operation.visibility === 'widget') return 'Widget endpoints only accept publishable keys (sa_pk_…).';
  if (scheme === 'publishableKey') return 'Publishable keys only reach /api/v1/widget/*.';
  if (scheme === 'session') return 'This endpoint takes a secret API key, not a session token.';
  return 'This credential cannot call this endpoint.';
}

/**
 * Rule 6: the operation is visible to this kind of credential (the schemes of its `security`
 * in the spec), then released. Refuses `ENDPOINT_NOT_PUBLIC`, then `ENDPOINT_RESERVED` (403).
 */
export function checkVisibility(operation: OperationRule, scheme: ArrivedBy): RuleOutcome {
  if (!operation.credentials.includes(scheme)) return fail(refuse('ENDPOINT_NOT_PUBLIC', notPublicDetail(operation, scheme)));
  if (operation.reserved) {
    return fail(
      refuse('ENDPOINT_RESERVED', `${operation.method.toUpperCase()} ${operation.path} is in the contract but not released yet.`),
    );
  }
  return pass();
}
