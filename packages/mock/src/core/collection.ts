/**
 * The building blocks of the in-memory store: an id-keyed `Collection`, a key-value `Registry`,
 * a one-value `Singleton`, and `page()`, the cursor pagination every list operation shares.
 * Stored records are frozen copies: writes copy in, `get`/`find` copy out (callers edit what they
 * get), and lists hand out the frozen records themselves, so a list costs no copy of the
 * collection however large it grows, and still no caller can change the store through it.
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

/** Freezes a value and everything in it (it is a fresh clone, so nothing else holds it). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** A frozen copy, as stored. */
const frozen = <T>(value: T): T => deepFreeze(clone(value));

/** A record to insert: everything but the id, which the collection assigns unless given. */
export type NewRecord<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

/**
 * A change to a collection, as the (frozen) stored records: `before` is absent for a new record,
 * `after` for a removed one; `cleared` empties the collection.
 */
export type CollectionChange<T> =
  | { readonly kind: 'set'; readonly before: T | undefined; readonly after: T }
  | { readonly kind: 'removed'; readonly before: T }
  | { readonly kind: 'cleared' };

/** Records of one resource type, keyed by id, listed in insertion order. */
export class Collection<T extends { id: string }> {
  readonly #items = new Map<string, T>();
  readonly #observers = new Set<(change: CollectionChange<T>) => void>();
  readonly #nextId: IdFactory;
  /** field → value → ids, for the fields named at construction (messages by conversation). */
  readonly #indexes = new Map<string, Map<unknown, Set<string>>>();
  /** The id prefix of this resource, without the underscore (`art`). */
  readonly prefix: string;

  /** `indexed` fields get an index, so {@link listWhere} on them does not scan the collection. */
  constructor(prefix: string, nextId: IdFactory, indexed: readonly (keyof T & string)[] = []) {
    this.prefix = prefix;
    this.#nextId = nextId;
    for (const field of indexed) this.#indexes.set(field, new Map());
  }

  #index(record: T, add: boolean): void {
    for (const [field, index] of this.#indexes) {
      const value = (record as Record<string, unknown>)[field];
      let ids = index.get(value);
      if (add) {
        if (!ids) {
          ids = new Set();
          index.set(value, ids);
        }
        ids.add(record.id);
      } else if (ids) {
        ids.delete(record.id);
        if (ids.size === 0) index.delete(value);
      }
    }
  }

  #store(record: T): T {
    const previous = this.#items.get(record.id);
    if (previous) this.#index(previous, false);
    this.#items.set(record.id, record);
    this.#index(record, true);
    this.#notify({ kind: 'set', before: previous, after: record });
    return record;
  }

  #notify(change: CollectionChange<T>): void {
    for (const observer of this.#observers) observer(change);
  }

  /**
   * Calls `observer` after every change, so a derived structure (a search index) can follow the
   * records incrementally instead of rebuilding from the whole collection per request. Answers
   * the function that stops it.
   */
  observe(observer: (change: CollectionChange<T>) => void): () => void {
    this.#observers.add(observer);
    return () => this.#observers.delete(observer);
  }

  /** Stores a record, assigning `<prefix>_…` when it has no id; answers a copy. */
  insert(record: NewRecord<T>): T {
    const id = record.id ?? this.#nextId(this.prefix);
    return clone(this.#store(frozen({ ...record, id } as T)));
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
    return clone(this.#store(frozen({ ...current, ...patch, id } as T)));
  }

  /** Deletes the record; `false` when there was none. */
  remove(id: string): boolean {
    const current = this.#items.get(id);
    if (current === undefined) return false;
    this.#index(current, false);
    this.#items.delete(id);
    this.#notify({ kind: 'removed', before: current });
    return true;
  }

  /**
   * The records in insertion order, optionally filtered: a new array of the stored records, which
   * are frozen (spread one to change it; write changes back with `update`).
   */
  list(filter?: (record: T) => boolean): T[] {
    const out: T[] = [];
    for (const record of this.#items.values()) if (filter === undefined || filter(record)) out.push(record);
    return out;
  }

  /** The (frozen) records whose `field` equals `value`; uses the field's index when it has one. */
  listWhere<K extends keyof T & string>(field: K, value: T[K]): T[] {
    const index = this.#indexes.get(field);
    if (!index) return this.list((record) => record[field] === value);
    const out: T[] = [];
    for (const id of index.get(value) ?? []) {
      const record = this.#items.get(id);
      if (record !== undefined) out.push(record);
    }
    return out;
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
    for (const index of this.#indexes.values()) index.clear();
    this.#notify({ kind: 'cleared' });
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
