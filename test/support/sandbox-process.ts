/**
 * A packed sandbox server as its own process: started, its first stdout lines read for the
 * address (bounded in time), stopped with a signal and its exit code reported.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** A running server process. */
export interface SandboxProcess {
  readonly child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends `signal` and resolves with the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `command` and waits until its output matches `ready` (at most `timeoutMs`); resolves
 * with the process and the match's first group.
 */
export function startProcess(
  command: string,
  args: readonly string[],
  cwd: string,
  ready: RegExp,
  timeoutMs = 30_000,
): Promise<{ server: SandboxProcess; match: string }> {
  const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const server: SandboxProcess = {
    child,
    output: () => out,
    stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} printed no ${ready} within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ server, match: match[1] ?? match[0] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${out}`));
    });
  });
}
