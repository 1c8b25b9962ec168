/**
 * Test setup shared by the bi-export tests: the mock's sandbox HTTP server on a free port (its
 * seed only, no demo traffic, so counts are the seed's), clients on its demo keys, scratch
 * folders, and two small readers: CSV back into rows, and an XML well-formedness check.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type MockServer, startMockServer } from '@atender/mock/node';
import { type AtenderClient, createAtenderClient } from '@atender/sdk';

export function startMock(): Promise<MockServer> {
  return startMockServer({ port: 0 });
}

/** A client on one of the demo tenant's sandbox keys. */
export function clientFor(server: MockServer, secret: string): AtenderClient {
  return createAtenderClient({ apiKey: secret, baseUrl: server.sandboxUrl, maxRetries: 0 });
}

/** A temporary folder, and how to remove it. */
export async function scratchDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bi-export-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** RFC 4180 back into rows: quoted fields, `""`, CRLF records (what the exporter writes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    const pair = text.slice(i, i + 2);
    i += quoted ? (pair === '""' ? 2 : 1) : pair === '\r\n' ? 2 : 1;
    if (quoted && pair === '""') field += '"';
    else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && pair !== '\r\n')) field += c;
    else if (c === ',') endField();
    else {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Throws unless every tag is closed in order and nothing but tags and escaped text is there. */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^<>]*?)(\/?)>|<|&(?!(amp|lt|gt|quot|apos);)/g)) {
    const [token, closing, name, , selfClosing] = match;
    if (name === undefined) throw new Error(`stray ${JSON.stringify(token)} at ${match.index}`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${match.index}`);
    } else if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}
