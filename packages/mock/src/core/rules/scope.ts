import { hasScope, type OperationRule, type Scope } from '@atender/contract';
import { refuse } from '../problem.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/**
 * Rule 7: the credential's scopes permit the operation (write implies read). Refuses
 * `INSUFFICIENT_SCOPE` (403) with `requiredScopes` and `grantedScopes`.
 */
export function checkScope(operation: OperationRule, granted: readonly Scope[]): RuleOutcome {
  if (hasScope(granted, operation.scope)) return pass();
  const required = operation.scope as Scope;
  return fail(
    refuse('INSUFFICIENT_SCOPE', `This operation needs the "${required}" scope (or a write scope that implies it).`, {
      extensions: { requiredScopes: [required], grantedScopes: [...granted] },
    }),
  );
}
