/**
 * The little HTTP client `listen` and `trigger` use against a running `atender-mock serve`:
 * plain `fetch` with a sandbox key, JSON in and out, and an error that names the call and the
 * problem's code (never the key).
 */
import { buildDemoKeys } from '../core/demo-keys.js';

/** Where the sandbox server is and which key to use. */
export interface SandboxTarget {
  /** e.g. `http://127.0.0.1:4010`. */
  readonly apiUrl: string;
  readonly key: string;
}

/** The flags every sandbox command takes. */
export const TARGET_OPTIONS = {
  api: { type: 'string', default: 'http://127.0.0.1:4010' },
  key: { type: 'string' },
  'key-seed': { type: 'string' },
} as const;

export const TARGET_USAGE = `  --api <url>            the sandbox server (atender-mock serve)        default http://127.0.0.1:4010
  --key <sa_test_…>      key to call it with    default the demo key acme sandbox full_access
  --key-seed <text>      the --key-seed the server was started with     default atender-demo`;

/** The target from the flags: the demo full_access key of Acme's sandbox unless `--key` is given. */
export function targetOf(values: { api?: string; key?: string; 'key-seed'?: string }): SandboxTarget {
  const apiUrl = (values.api ?? 'http://127.0.0.1:4010').replace(/\/+$/, '');
  try {
    new URL(apiUrl);
  } catch {
    throw new Error(`--api must be a URL like http://127.0.0.1:4010, got "${apiUrl}".`);
  }
  const seed = values['key-seed'];
  const key = values.key ?? buildDemoKeys(seed ?? 'atender-demo').keys.acme.sandbox.bundles.full_access.secret;
  if (!key.startsWith('sa_test_'))
    throw new Error('--key must be a sandbox secret key (sa_test_…): the sandbox delivers to loopback URLs.');
  return { apiUrl, key };
}

/** A call that did not answer 2xx. */
export class SandboxCallError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  constructor(method: string, path: string, status: number, body: unknown) {
    const problem = (body ?? {}) as { code?: unknown; detail?: unknown };
    const code = typeof problem.code === 'string' ? problem.code : undefined;
    const detail = typeof problem.detail === 'string' ? `: ${problem.detail}` : '';
    super(`${method} ${path} answered ${status}${code ? ` ${code}` : ''}${detail}`);
    this.name = 'SandboxCallError';
    this.status = status;
    this.code = code;
  }
}

/** Calls the sandbox; resolves with the JSON body of a 2xx. */
export async function sandboxCall<T>(target: SandboxTarget, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${target.apiUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${target.key}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(
      `Cannot reach the sandbox at ${target.apiUrl}${cause ? ` (${cause})` : ''}; start it with \`atender-mock serve\` or pass --api.`,
    );
  }
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (!response.ok) throw new SandboxCallError(method, path, response.status, parsed);
  return parsed as T;
}
