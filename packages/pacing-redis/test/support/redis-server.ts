/**
 * A real Debian `redis-server` for tests and benchmarks: its own process on a free loopback
 * port, nothing persisted, stopped (and restartable on the same port) on demand. Every wait
 * here is bounded.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

/** A running (or stopped) test server. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Starts it again on the same port (after {@link stop}); its data is gone. */
  start(): Promise<void>;
  /** Stops it (SIGTERM, SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open, nothing answers — a "slow" Redis. */
  freeze(): void;
  thaw(): void;
  /** Deletes every key (FLUSHALL over a plain socket). */
  flushAll(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether `command` on `port` answers `expected` within `ms`. */
function answers(port: number, command: string, expected: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.once('data', (data) => done(data.toString().startsWith(expected)));
  });
}

/** Starts a fresh redis-server; call `stop()` when done. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ];
    child = spawn(BINARY, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      if (child.exitCode !== null)
        throw new Error(`redis-server exited with ${child.exitCode} (is ${BINARY} installed? scripts/ensure-apt-package.sh redis-server)`);
      if (await answers(port, 'PING', '+PONG', 200)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`redis-server did not answer on port ${port} within 10 s`);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    running.kill('SIGCONT');
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    freeze: () => child?.kill('SIGSTOP'),
    thaw: () => child?.kill('SIGCONT'),
    async flushAll() {
      if (!(await answers(port, 'FLUSHALL', '+OK', 5000))) throw new Error('redis-server did not flush');
    },
  };
}
