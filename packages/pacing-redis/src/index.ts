/**
 * `@atender/pacing-redis`: shares one Atender API key's rate budget across processes and
 * machines through Redis, for `createAtenderClient({ apiKey, pacing: { store } })`.
 *
 * @packageDocumentation
 */
export { createRedisPacingStore, type RedisPacingStore, type RedisPacingStoreOptions } from './store.js';
