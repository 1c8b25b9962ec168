/**
 * Test setup shared by the kb-sync tests: the mock's sandbox HTTP server on a free port, a
 * client whose `onRequest` hook records every attempt (so "zero writes" is checked on the wire),
 * and a scratch copy of the sample vault that a test may edit.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scope } from '@atender/contract';
import { type MockServer, startMockServer } from '@atender/mock/node';
import { type AtenderClient, createAtenderClient } from '@atender/sdk';

/** The sample vault shipped with the example. */
export const SAMPLE_VAULT = fileURLToPath(new URL('../vault', import.meta.url));

/** A started mock server; `seed: false` so every test starts from an empty knowledge base. */
export function startEmptyMock(): Promise<MockServer> {
  return startMockServer({ port: 0, mockOptions: { seed: false } });
}

/** A recorded request: method and path. */
export interface Recorded {
  readonly method: string;
  readonly path: string;
}

/** A client on the demo key with exactly `scope`, and the requests it made. */
export function recordingClient(
  server: MockServer,
  scope: Scope,
): { client: AtenderClient; requests: Recorded[]; writes: () => Recorded[] } {
  const requests: Recorded[] = [];
  const key = server.mock.keys.demo.acme.sandbox.scopes[scope];
  const client = createAtenderClient({
    apiKey: key.secret,
    baseUrl: server.sandboxUrl,
    hooks: { onRequest: (event) => void requests.push({ method: event.method, path: new URL(event.url).pathname }) },
  });
  return { client, requests, writes: () => requests.filter((r) => r.method !== 'GET') };
}

/** A copy of the sample vault in a temporary folder, and how to remove it. */
export async function scratchVault(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-sync-'));
  await cp(SAMPLE_VAULT, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The knowledge base the demo key writes to. */
export function acmeSandbox(server: MockServer) {
  return server.mock.store.for('ten_acme', 'sandbox');
}
