/**
 * Helpers for "no credential leaks" assertions: every rendering of a value someone might log,
 * and the pieces of a credential that must never appear in one.
 */
import { inspect } from 'node:util';

/** Every rendering of a value someone might log or store, its cause chain included. */
export function renderings(value: unknown): string[] {
  const parts = [inspect(value, { depth: 20, showHidden: true }), JSON.stringify(value) ?? '', String(value)];
  for (let current: unknown = value, depth = 0; current instanceof Error && depth < 10; current = current.cause, depth++) {
    parts.push(String(current), current.message, current.stack ?? '', JSON.stringify(current) ?? '');
  }
  return parts;
}

// The public start of a key: printing it is intended (it names the key's kind and environment).
const PUBLIC_PREFIX = /^sa_(?:pk_)?(?:live|test)_/;

/**
 * The first piece of `credential` of `length` characters or more found in `text`, ignoring the
 * key's public prefix; `undefined` when there is none.
 */
export function findCredentialPiece(text: string, credential: string, length = 8): string | undefined {
  const publicLength = PUBLIC_PREFIX.exec(credential)?.[0].length ?? 0;
  for (let i = 0; i + length <= credential.length; i++) {
    if (i + length <= publicLength) continue;
    const piece = credential.slice(i, i + length);
    if (text.includes(piece)) return piece;
  }
  return undefined;
}

/** Asserts that no rendering of any of `values` holds a piece of `credential`; throws naming where. */
export function assertNoCredentialPiece(values: readonly unknown[], credential: string): void {
  values.forEach((value, index) => {
    for (const text of renderings(value)) {
      const piece = findCredentialPiece(text, credential);
      if (piece !== undefined) {
        const at = text.indexOf(piece);
        throw new Error(`value #${index} leaks "${piece}" in: ${JSON.stringify(text.slice(Math.max(0, at - 80), at + 80))}`);
      }
    }
  });
}
