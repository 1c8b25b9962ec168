/**
 * A small seeded PRNG, so demo keys and ids are the same on every run and every machine.
 * Not for secrets that must be unguessable: the mock's keys are demo credentials by design.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** cyrb53-style string hash: spreads similar seeds ("acme:sandbox:basic", …) far apart. */
function hashSeed(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** mulberry32: 32-bit state, good enough spread for ids, tiny and dependency-free. */
export function createPrng(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` base62 characters drawn from a PRNG seeded with `seed`. */
export function seededBase62(seed: string, length: number): string {
  const next = createPrng(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[Math.floor(next() * 62)];
  return out;
}

// One CSPRNG call per 4 KiB of ids rather than one per id: getRandomValues is a syscall-sized cost
// that showed up as 7% of a request's time in the mock pipeline.
const POOL = new Uint8Array(4096);
let poolOffset = POOL.length;

/** `length` base62 characters from the platform's CSPRNG (request ids, session ids). */
export function randomBase62(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    if (poolOffset === POOL.length) {
      globalThis.crypto.getRandomValues(POOL);
      poolOffset = 0;
    }
    // 62 does not divide 256; the slight bias is irrelevant for request ids.
    out += BASE62[(POOL[poolOffset++] as number) % 62];
  }
  return out;
}
