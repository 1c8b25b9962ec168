import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { ANCHOR_BODY, anchorCalls, anchorHeaders } from './client-anchors.ts';

const SERVER = `
import http from 'node:http';
const body = ${JSON.stringify(ANCHOR_BODY)};
const headersOf = ${anchorHeaders.toString()};
let served = 0;
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, headersOf(++served)); res.end(body); }); });
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0)); process.stdin.resume();`;
const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
const url = `http://127.0.0.1:${chunk.toString().trim()}`;
const calls = anchorCalls(url, fetch);
const names = (process.argv[2] ?? 'SDK, pacing off|SDK, pacing on').split('|') as (keyof typeof calls)[];
const res: Record<string, number[]> = {};
for (const n of names) for (let i = 0; i < 200; i++) await calls[n]();
for (let r = 0; r < 8; r++)
  for (const n of names) {
    const t = performance.now();
    for (let i = 0; i < 400; i++) await calls[n]();
    (res[n] ??= []).push(400 / ((performance.now() - t) / 1000));
  }
for (const n of names) {
  const s = res[n]!.sort((a, b) => a - b);
  console.log(n, Math.round(s[4]!), s.map(Math.round).join(' '));
}
child.stdin!.end();
