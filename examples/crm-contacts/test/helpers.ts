/**
 * Test setup shared by the crm-contacts tests: the mock's sandbox HTTP server on a free port, a
 * client whose `onRequest` hook records every attempt (so "zero writes" is checked on the wire),
 * and a scratch folder for CSV files.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scope } from '@atender/contract';
import { type MockServer, startMockServer } from '@atender/mock/node';
import { type AtenderClient, createAtenderClient } from '@atender/sdk';

/** The sample CSV shipped with the example. */
export const SAMPLE_CSV = fileURLToPath(new URL('../contacts.csv', import.meta.url));

/** A started mock server with the demo seed: Acme's sandbox has contacts and custom fields. */
export function startSeededMock(): Promise<MockServer> {
  return startMockServer({ port: 0 });
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

/** A temporary folder for CSV files, and how to remove it. */
export async function scratchDir(): Promise<{
  dir: string;
  write: (name: string, text: string) => Promise<string>;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crm-contacts-'));
  const write = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    return file;
  };
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The data the demo keys write to. */
export function acmeSandbox(server: MockServer) {
  return server.mock.store.for('ten_acme', 'sandbox');
}
