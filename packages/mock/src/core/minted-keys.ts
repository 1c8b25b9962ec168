/**
 * Keys minted through `createApiKey` work at once: the pipeline looks a secret up in the key
 * registry (demo keys and keys from the options) and then among the minted keys of the store,
 * whose record carries exactly the key's scopes, bundles, tier, environment and allow-list.
 * A rotated key's previous secret is the same key expiring at the overlap's end.
 */
import type { KeyRegistry } from './keys.js';
import type { MintedKeyMatch, MockStore } from './store.js';
import type { ApiKeyRecord } from './types.js';

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

/** The credential record of a minted key, as presented with `secret`. */
export function mintedKeyRecord(match: MintedKeyMatch, secret: string): ApiKeyRecord {
  const { key, state } = match;
  const keyExpiry = ms(key.expiresAt);
  const expiresAt =
    match.previous && state.previous ? Math.min(state.previous.expiresAt, keyExpiry ?? Number.POSITIVE_INFINITY) : keyExpiry;
  return {
    id: key.id,
    name: key.name,
    kind: 'secret',
    secret,
    tenantId: match.tenantId,
    environment: key.environment,
    scopes: key.scopes,
    bundles: key.bundles,
    tier: key.tier,
    active: key.active,
    expiresAt,
    revokedAt: state.revoked?.at ?? null,
    // An empty allow-list means any address, as the spec says.
    ...(key.allowedIps.length > 0 ? { allowedIps: [...key.allowedIps] } : {}),
    createdAt: Date.parse(key.createdAt),
  };
}

/** The registry the pipeline reads: registered keys first, then the store's minted keys. */
export function withMintedKeys(registry: KeyRegistry, store: MockStore): KeyRegistry {
  const findMinted = (secret: string): ApiKeyRecord | undefined => {
    const match = store.findMintedKey(secret);
    return match ? mintedKeyRecord(match, secret) : undefined;
  };
  return {
    ...registry,
    find: (secret) => registry.find(secret) ?? findMinted(secret),
  };
}
