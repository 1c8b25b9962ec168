import { refuse } from '../problem.js';
import type { TenantRegistry } from '../tenants.js';
import type { Caller } from '../types.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/** Rule 3: the caller's tenant is not suspended. Refuses `TENANT_SUSPENDED` (401). */
export function checkTenantStatus(caller: Pick<Caller, 'tenantId'>, tenants: Pick<TenantRegistry, 'get'>): RuleOutcome {
  const tenant = tenants.get(caller.tenantId);
  if (!tenant || tenant.suspended) {
    return fail(refuse('TENANT_SUSPENDED', 'The account owning this credential is suspended; contact Atender support.'));
  }
  return pass();
}
