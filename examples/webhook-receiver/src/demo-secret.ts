/**
 * The secret the CLI falls back to without `WEBHOOK_SECRET`: the one of the mock's seeded
 * endpoint `whk_acmeS01` (Acme Outdoor Gear, sandbox). The mock signs its test deliveries to that
 * endpoint with it, so a demo works without a real account. Never a default in production.
 */
import { createAtenderMock } from '@atender/mock';

/** The seeded endpoint whose secret {@link demoWebhookSecret} answers. */
export const DEMO_WEBHOOK_ID = 'whk_acmeS01';

/**
 * The `whsec_` secret of the mock's demo endpoint (deterministic: the same on every run).
 *
 * @example
 * const secret = process.env.WEBHOOK_SECRET ?? demoWebhookSecret();
 */
export function demoWebhookSecret(): string {
  const secret = createAtenderMock().store.for('ten_acme', 'sandbox').webhookSecrets.get(DEMO_WEBHOOK_ID)?.current;
  if (!secret) throw new Error(`The mock has no seeded webhook ${DEMO_WEBHOOK_ID}.`);
  return secret;
}
