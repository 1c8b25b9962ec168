/**
 * Webhook endpoint secrets: new ones (`whsec_` + base64 of 24 random bytes, as the spec's
 * `WebhookSecret` says) and the ones that sign now — the current secret, plus the previous one
 * during a rotation's 24 h overlap. Signing itself is the contract's `signWebhookPayload`.
 */
import type { EnvironmentStore } from './store.js';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A new signing secret: `whsec_` + base64 of 24 random bytes (32 characters). */
export function generateWebhookSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(24)))}`;
}

/** The secrets that sign a delivery to `webhookId` at `now`, newest first. */
export function liveSigningSecrets(store: EnvironmentStore, webhookId: string, now: number): string[] {
  const state = store.webhookSecrets.get(webhookId);
  if (!state) return [];
  const previousLive = state.previous !== null && state.previousExpiresAt !== null && Date.parse(state.previousExpiresAt) > now;
  return previousLive && state.previous !== null ? [state.current, state.previous] : [state.current];
}
