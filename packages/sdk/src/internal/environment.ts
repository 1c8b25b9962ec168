/**
 * Runtime detection without Node built-ins: the SDK must load unchanged in browsers, workers and
 * edge runtimes, so everything here reads `globalThis` defensively.
 */

interface ProcessLike {
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether the code runs in a browser page, where a secret key would be visible to every visitor.
 * Workers and edge runtimes have no `document`: they are servers and may hold secret keys.
 */
export function isBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; navigator?: unknown };
  return typeof scope.window === 'object' && typeof scope.document === 'object' && typeof scope.navigator === 'object';
}

/** An environment variable on Node-like runtimes; `undefined` elsewhere or when empty. */
export function readEnvironmentVariable(name: string): string | undefined {
  let value: string | undefined;
  try {
    value = (globalThis as { process?: ProcessLike }).process?.env?.[name];
  } catch {
    // Deno without --allow-env throws on reading an environment variable: treat it as unset.
    return undefined;
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A random UUID v4, from Web Crypto (every supported runtime has it). */
export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}
