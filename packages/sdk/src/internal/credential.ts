/**
 * Turns the credential options into one credential and a base URL, refusing every
 * configuration that cannot work before any request is made. Messages name the problem and
 * at most a key's public prefix, never the key.
 */
import {
  BASE_URLS,
  type Environment,
  environmentOfHost,
  type ParsedCredential,
  parseCredential,
  redactCredential,
} from '@atender/contract';
import { ConfigurationError } from '../core/errors/client-errors.js';
import type { AccessTokenProvider, AtenderClientOptions } from '../options.js';
import { isBrowser, readEnvironmentVariable } from './environment.js';

/** The one credential a client sends. */
export type Credential =
  | { readonly kind: 'secret'; readonly environment: Environment; readonly value: string }
  | { readonly kind: 'publishable'; readonly environment: Environment; readonly value: string }
  | { readonly kind: 'session'; readonly value: string }
  | { readonly kind: 'session-provider'; readonly get: AccessTokenProvider };

const CREDENTIAL_OPTIONS = ['apiKey', 'accessToken', 'getAccessToken', 'publishableKey'] as const;

/** The environment variable read on Node when no credential option is given. */
export const API_KEY_VARIABLE = 'ATENDER_API_KEY';

function refuse(message: string): never {
  throw new ConfigurationError(message);
}

/** A value a credential option holds, parsed; the option name makes the message useful. */
function parseKey<K extends ParsedCredential['kind']>(option: string, raw: string, expected: K): Extract<ParsedCredential, { kind: K }> {
  const parsed = parseCredential(raw);
  if (!parsed.ok) return refuse(`${option} is not usable: ${parsed.message}`);
  if (parsed.kind === expected) return parsed as Extract<ParsedCredential, { kind: K }>;
  const moveTo = { secret: 'apiKey', publishable: 'publishableKey', session: 'accessToken' }[parsed.kind];
  return refuse(
    `${option} holds a ${parsed.kind === 'session' ? 'session token' : `${parsed.kind} key (${redactCredential(raw)})`}; pass it as ${moveTo}.`,
  );
}

/** Picks the one credential of the options (or `ATENDER_API_KEY`) and checks its form. */
export function resolveCredential(options: AtenderClientOptions): Credential {
  const given = CREDENTIAL_OPTIONS.filter((name) => options[name] !== undefined);
  if (given.length > 1) refuse(`Pass exactly one credential; got ${given.join(' and ')}.`);
  if (options.getAccessToken !== undefined) {
    if (typeof options.getAccessToken !== 'function') refuse('getAccessToken must be a function returning a session token.');
    return { kind: 'session-provider', get: options.getAccessToken };
  }
  if (options.accessToken !== undefined) return { kind: 'session', value: parseKey('accessToken', options.accessToken, 'session').value };
  if (options.publishableKey !== undefined) {
    const parsed = parseKey('publishableKey', options.publishableKey, 'publishable');
    return { kind: 'publishable', environment: parsed.environment, value: parsed.value };
  }
  const fromEnvironment = options.apiKey === undefined ? readEnvironmentVariable(API_KEY_VARIABLE) : undefined;
  const apiKey = options.apiKey ?? fromEnvironment;
  if (apiKey === undefined) {
    refuse(`No credential: pass apiKey, accessToken, getAccessToken or publishableKey, or set ${API_KEY_VARIABLE}.`);
  }
  const parsed = parseKey(options.apiKey === undefined ? API_KEY_VARIABLE : 'apiKey', apiKey, 'secret');
  if (isBrowser() && !options.dangerouslyAllowBrowser) {
    refuse(
      'A secret API key must not be used in a browser: every visitor could read it. Use a publishable key ' +
        '(widget endpoints) or a session token, or set dangerouslyAllowBrowser for an internal tool.',
    );
  }
  return { kind: 'secret', environment: parsed.environment, value: parsed.value };
}

/** The API origin: the key's environment, or `baseUrl` unless it is the other environment's host. */
export function resolveBaseUrl(credential: Credential, baseUrl: string | undefined): string {
  const environment = 'environment' in credential ? credential.environment : undefined;
  if (baseUrl === undefined) return BASE_URLS[environment ?? 'production'];
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return refuse('baseUrl is not an absolute URL (expected e.g. "https://sandbox.atender.io").');
  }
  const hostEnvironment = environmentOfHost(url.host);
  if (environment && hostEnvironment && hostEnvironment !== environment) {
    const key = redactCredential(credential.kind === 'session-provider' ? '' : credential.value);
    refuse(
      `A ${environment} key (${key}) cannot call ${url.origin}, the ${hostEnvironment} host: the API would answer ENVIRONMENT_MISMATCH.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/** The credential strings redaction must blank out exactly. */
export function credentialSecrets(credential: Credential): string[] {
  return credential.kind === 'session-provider' ? [] : [credential.value];
}
