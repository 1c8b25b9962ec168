/**
 * The base of every error the SDK throws. Recognisable across two loaded copies of the package
 * (the CJS/ESM dual-package hazard breaks `instanceof`) through a registry-wide symbol brand
 * that lists the class names of the error's lineage.
 */

const BRAND = Symbol.for('atender.error');

/** The codes the SDK itself uses for failures that never got an answer from the API. */
export type ClientErrorCode = 'CONFIGURATION_ERROR' | 'CONNECTION_ERROR' | 'TIMEOUT' | 'ABORTED' | 'PAGINATION_LOOP';

interface ErrorClass {
  readonly errorName: string;
}

function lineageOf(ctor: unknown): string[] {
  const names: string[] = [];
  for (let current = ctor; typeof current === 'function'; current = Object.getPrototypeOf(current)) {
    if (Object.hasOwn(current, 'errorName')) names.push((current as unknown as ErrorClass).errorName);
  }
  return names;
}

function brandOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const brand = (value as Record<symbol, unknown>)[BRAND];
  return Array.isArray(brand) ? (brand as string[]) : undefined;
}

/** Options every SDK error accepts. */
export interface AtenderErrorOptions {
  /** What caused it; stored only after credentials were removed from it. */
  readonly cause?: Error | undefined;
}

/**
 * Base class of every SDK error. `name` and `code` are stable and safe to switch on.
 *
 * @example
 * try { await atender.GET('/api/v1/contacts'); }
 * catch (error) { if (RateLimitError.is(error)) console.log(error.retryAfterMs); }
 */
export abstract class AtenderError extends Error {
  /** The stable class name, kept explicit so minifiers cannot change it. */
  static readonly errorName: string = 'AtenderError';
  /** A stable code: the API's `code` for API errors, an SDK code otherwise, `null` when none was sent. */
  abstract readonly code: string | null;

  constructor(message: string, options: AtenderErrorOptions = {}) {
    super(message, options.cause ? { cause: options.cause } : undefined);
    const ctor = new.target as unknown as ErrorClass;
    // Own, non-enumerable: visible to `err.name` and stack traces, absent from JSON and spreads.
    Object.defineProperty(this, 'name', { value: ctor.errorName, configurable: true, writable: true });
    Object.defineProperty(this, BRAND, { value: Object.freeze(lineageOf(new.target)) });
  }

  /**
   * Whether a value is an instance of this class, also when it was thrown by another copy of the
   * package (then the brand is compared by class name).
   *
   * @example
   * if (InsufficientScopeError.is(error)) console.log(error.requiredScopes);
   */
  static is<T extends AtenderError>(this: (abstract new (...args: never[]) => T) & ErrorClass, value: unknown): value is T {
    // `this` is the class `is` was called on (RateLimitError.is), which is the whole point.
    // biome-ignore lint/complexity/noThisInStatic: inherited static; `this` is the subclass
    if (value instanceof this) return true;
    // biome-ignore lint/complexity/noThisInStatic: inherited static; `this` is the subclass
    return brandOf(value)?.includes(this.errorName) ?? false;
  }

  /** A plain summary for logs and JSON; holds no credential and no cause object. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    // Every field a subclass declares, so a new one cannot be forgotten here; the raw answer
    // (`headers`, `body`) stays out: logs get the summary, code that wants more reads the fields.
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'headers' && key !== 'body') json[key] = value instanceof Date ? value.toISOString() : value;
    }
    return json;
  }
}
