/**
 * Step 4: a key with only `knowledge:read` tries to create an article. The mock refuses with
 * 403 `INSUFFICIENT_SCOPE` before anything is written, and the SDK rejects with the typed
 * `InsufficientScopeError` that names the missing scope. The key itself is never printed.
 */
import { createAtenderClient, InsufficientScopeError } from '@atender/sdk';
import { DemoStepError, detail } from './output.js';

/** What the narrow key got. */
export interface ScopeOutcome {
  readonly errorName: string;
  readonly requiredScopes: readonly string[];
}

/** Tries `POST /api/v1/kb/articles` with the read-only key and reports the typed error. */
export async function tryNarrowKey(baseUrl: string, key: { name: string; secret: string }): Promise<ScopeOutcome> {
  const client = createAtenderClient({ apiKey: key.secret, baseUrl });
  detail(`key "${key.name}" → POST /api/v1/kb/articles`);
  try {
    await client.POST('/api/v1/kb/articles', { body: { slug: 'demo-narrow-key', title: 'Should not exist', body: 'Refused.' } });
  } catch (error) {
    // `is` instead of `instanceof`: it holds even when two copies of the SDK are loaded.
    if (!InsufficientScopeError.is(error)) throw error;
    detail(
      `rejected with ${error.name}`,
      `  status          ${error.status}`,
      `  code            ${error.code}`,
      `  requiredScopes  ${error.requiredScopes.join(', ')}`,
      `  grantedScopes   ${error.grantedScopes.join(', ')}`,
      `  requestId       ${error.requestId ?? '(none)'}`,
    );
    return { errorName: error.name, requiredScopes: error.requiredScopes };
  }
  throw new DemoStepError('the read-only key was allowed to create an article');
}
