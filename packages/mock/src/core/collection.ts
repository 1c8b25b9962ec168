/**
 * The building blocks of the in-memory store: an id-keyed `Collection`, a key-value `Registry`,
 * a one-value `Singleton`, and `page()`, the cursor pagination every list operation shares.
 * Every read and write copies (structuredClone), so no caller can change the store by mutating
 * an object it was handed.
 */
import { randomBase62 } from './prng.js';

/** Makes a fresh id for a prefix, e.g. `art` → `art_1k9Qx2Lm`. */
export type IdFactory = (prefix: string) => string;

/**
 * Ids from a counter plus randomness: the counter makes them unique within one store, the random
 * tail keeps them from being guessable or colliding with another store's ids in the same test.
 */
export function createIdFactory(): IdFactory {
  let counter = 0;
  return (prefix) => {
    counter += 1;
    return `${prefix}_${counter.toString(36)}${randomBase62(8)}`;
  };
}

const clone = <T>(value: T): T => structuredClone(value);

/** A record to insert: everything but the id, which the collection assigns unless given. */
export type NewRecord<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

/** Records of one resource type, keyed by id, listed in insertion order. */
export class Collection<T extends { id: string }> {
  readonly #items = new Map<string, T>();
  readonly #nextId: IdFactory;
  /** The id prefix of this resource, without the underscore (`art`). */
  readonly prefix: string;

  constructor(prefix: string, nextId: IdFactory) {
    this.prefix = prefix;
    this.#nextId = nextId;
  }

  /** Stores a record, assigning `<prefix>_…` when it has no id; answers a copy. */
  insert(record: NewRecord<T>): T {
    const id = record.id ?? this.#nextId(this.prefix);
    const stored = clone({ ...record, id } as T);
    this.#items.set(id, stored);
    return clone(stored);
  }

  get(id: string): T | undefined {
    const found = this.#items.get(id);
    return found === undefined ? undefined : clone(found);
  }

  has(id: string): boolean {
    return this.#items.has(id);
  }

  /** Merges `patch` into the record (the id cannot change); `undefined` when there is none. */
  update(id: string, patch: Partial<Omit<T, 'id'>>): T | undefined {
    const current = this.#items.get(id);
    if (current === undefined) return undefined;
    const next = clone({ ...current, ...patch, id } as T);
    this.#items.set(id, next);
    return clone(next);
  }

  /** Deletes the record; `false` when there was none. */
  remove(id: string): boolean {
    return this.#items.delete(id);
  }

  /** Copies of the records in insertion order, optionally filtered. */
  list(filter?: (record: T) => boolean): T[] {
    const all = [...this.#items.values()];
    return clone(filter ? all.filter(filter) : all);
  }

  /** A copy of the first record matching `predicate`. */
  find(predicate: (record: T) => boolean): T | undefined {
    for (const record of this.#items.values()) if (predicate(record)) return clone(record);
    return undefined;
  }

  get size(): number {
    return this.#items.size;
  }

  clear(): void {
    this.#items.clear();
  }
}

/** Values keyed by a string the spec does not call `id` (an agent's availability, a secret). */
export class Registry<T> {
  readonly #items = new Map<string, T>();

  get(key: string): T | undefined {
    const found = this.#items.get(key);
    return found === undefined ? undefined : clone(found);
  }

  set(key: string, value: T): T {
    this.#items.set(key, clone(value));
    return clone(value);
  }

  has(key: string): boolean {
    return this.#items.has(key);
  }

  delete(key: string): boolean {
    return this.#items.delete(key);
  }

  /** Copies of the values in insertion order. */
  values(): T[] {
    return clone([...this.#items.values()]);
  }

  entries(): [string, T][] {
    return clone([...this.#items.entries()]);
  }

  clear(): void {
    this.#items.clear();
  }
}

/** One value per environment (workspace settings, the billing subscription). */
export class Singleton<T> {
  #value: T | undefined;

  get(): T | undefined {
    return this.#value === undefined ? undefined : clone(this.#value);
  }

  set(value: T): T {
    this.#value = clone(value);
    return clone(value);
  }

  clear(): void {
    this.#value = undefined;
  }
}

/** Page size when a list call gives no `limit`. */
export const DEFAULT_PAGE_LIMIT = 25;
/** The largest `limit` the spec allows. */
export const MAX_PAGE_LIMIT = 100;

export interface PageOptions {
  /** @default 25 */
  readonly limit?: number | undefined;
  /** The previous page's `nextCursor`. */
  readonly cursor?: string | undefined;
}

/** One page, or why the cursor was refused. */
export type PageResult<T> =
  | { readonly ok: true; readonly data: T[]; readonly nextCursor: string | null }
  | { readonly ok: false; readonly message: string };

interface CursorState {
  /** Offset of the next item. */
  readonly o: number;
  /** Key of the last item handed out, so inserts or deletes before it do not shift the page. */
  readonly k: string;
}

function encodeCursor(state: CursorState): string {
  return btoa(JSON.stringify(state)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): CursorState | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const json = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const state: unknown = JSON.parse(json);
    if (typeof state !== 'object' || state === null) return undefined;
    const { o, k } = state as Record<string, unknown>;
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof k !== 'string') return undefined;
    return { o, k };
  } catch {
    return undefined;
  }
}

/**
 * Cuts one page out of `items` (already filtered and ordered). The cursor is opaque base64url of
 * the position and the last key handed out; resuming after the key keeps pages stable when
 * records are added or removed between calls.
 *
 * @example
 * const result = page(store.kbArticles.list(), { limit: 10 });
 * if (result.ok) result.nextCursor; // null on the last page
 */
export function page<T>(
  items: readonly T[],
  options: PageOptions,
  keyOf: (item: T) => string = (item) => (item as { id: string }).id,
): PageResult<T> {
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_PAGE_LIMIT, 1), MAX_PAGE_LIMIT);
  let start = 0;
  if (options.cursor !== undefined) {
    const state = decodeCursor(options.cursor);
    if (state === undefined) return { ok: false, message: 'is not a cursor this API issued' };
    const index = items.findIndex((item) => keyOf(item) === state.k);
    start = index >= 0 ? index + 1 : Math.min(state.o, items.length);
  }
  const data = items.slice(start, start + limit);
  const end = start + data.length;
  const last = data[data.length - 1];
  const nextCursor = end < items.length && last !== undefined ? encodeCursor({ o: end, k: keyOf(last) }) : null;
  return { ok: true, data, nextCursor };
}
