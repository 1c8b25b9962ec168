import { BASE_URLS, type Environment } from '@atender/contract';
import { refuse } from '../problem.js';
import type { Caller } from '../types.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/** Rule 4: the credential's environment is the host's. Refuses `ENVIRONMENT_MISMATCH` (403). */
export function checkEnvironment(caller: Pick<Caller, 'environment' | 'kind'>, hostEnvironment: Environment): RuleOutcome {
  if (caller.environment === hostEnvironment) return pass();
  const what = caller.kind === 'session' ? 'session token' : `${caller.environment} key`;
  return fail(
    refuse('ENVIRONMENT_MISMATCH', `A ${what} only works against ${BASE_URLS[caller.environment]}, not the ${hostEnvironment} host.`),
  );
}
