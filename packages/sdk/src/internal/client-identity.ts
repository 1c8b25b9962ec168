/**
 * The SDK identification header: `atender-sdk-js/<version> <runtime>/<version>`, so the API's
 * logs and support can tell which SDK and runtime sent a request. Read from `globalThis` only
 * (no Node built-ins), once per client.
 */
import { SDK_VERSION } from '../version.js';

interface RuntimeGlobals {
  readonly Deno?: { readonly version?: { readonly deno?: string } };
  readonly Bun?: { readonly version?: string };
  readonly EdgeRuntime?: unknown;
  readonly process?: { readonly versions?: { readonly node?: string } };
  readonly navigator?: { readonly userAgent?: string };
  readonly document?: unknown;
}

/** The runtime as `name/version` (`unknown` parts where a runtime does not tell). */
export function runtimeOf(scope: RuntimeGlobals = globalThis as RuntimeGlobals): string {
  // Order matters: Deno and Bun also define `process.versions.node` for compatibility.
  if (scope.Deno?.version?.deno) return `deno/${scope.Deno.version.deno}`;
  if (scope.Bun?.version) return `bun/${scope.Bun.version}`;
  if (scope.EdgeRuntime !== undefined) return 'edge-runtime/unknown';
  if (scope.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd/unknown';
  if (scope.process?.versions?.node) return `node/${scope.process.versions.node}`;
  if (typeof scope.document === 'object') return 'browser/unknown';
  return 'unknown/unknown';
}

/** The value of `X-Atender-Client` for this runtime. */
export function clientIdentity(scope?: RuntimeGlobals): string {
  return `atender-sdk-js/${SDK_VERSION} ${runtimeOf(scope)}`;
}

/**
 * The identification headers of every request, lower-cased. Browsers keep their own
 * `User-Agent` (setting it is refused or ignored, and it is not CORS-safelisted); servers and
 * workers get ours.
 */
export function identityHeaders(scope: RuntimeGlobals = globalThis as RuntimeGlobals): Record<string, string> {
  const identity = clientIdentity(scope);
  const browser = typeof scope.document === 'object' && typeof scope.navigator === 'object';
  return browser ? { 'x-atender-client': identity } : { 'x-atender-client': identity, 'user-agent': identity };
}
