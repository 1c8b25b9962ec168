import { describe, expect, it } from 'vitest';
import { CliUsageError, closestFlag, type FlagSpecs, parseFlags } from './flags.js';

const FLAGS: FlagSpecs = {
  port: { type: 'string', value: '<n>', description: 'sandbox port', default: '4010' },
  'production-port': { type: 'string', value: '<n>', description: 'production port', defaultText: 'port + 1' },
  host: { type: 'string', value: '<addr>', description: 'address', default: '127.0.0.1' },
  help: { type: 'boolean', description: 'this text', default: false },
};

const failure = (argv: string[]) => {
  try {
    parseFlags('serve', argv, FLAGS);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a usage error');
};

describe('parseFlags', () => {
  it('parses known flags with their defaults', () => {
    expect(parseFlags('serve', ['--port', '0'], FLAGS)).toMatchObject({ port: '0', host: '127.0.0.1', help: false });
    expect(parseFlags('serve', [], FLAGS)['production-port']).toBeUndefined();
  });

  it('names a mistyped flag, suggests the closest one and lists every valid flag', () => {
    const error = failure(['--prot', '4010']);
    expect(error).toBeInstanceOf(CliUsageError);
    expect(error.message).toMatch(/^Unknown flag --prot for "atender-mock serve"\. Did you mean --port\?/);
    for (const flag of ['--port <n>', '--production-port <n>', '--host <addr>', '--help']) expect(error.message).toContain(flag);
    expect(error.message).toContain('(default port + 1)');
  });

  it('suggests nothing for a flag unlike any valid one, but still lists them', () => {
    const error = failure(['--verbose']);
    expect(error.message).not.toMatch(/Did you mean/);
    expect(error.message).toContain('--port <n>');
  });

  it('refuses a missing value and a stray argument, naming them', () => {
    expect(failure(['--port']).message).toMatch(/--port/);
    expect(failure(['4010']).message).toMatch(/takes no argument "4010"/);
  });

  it('matches typos by edit distance', () => {
    expect(closestFlag('hots', FLAGS)).toBe('host');
    expect(closestFlag('production-prot', FLAGS)).toBe('production-port');
    expect(closestFlag('x', FLAGS)).toBeUndefined();
  });
});
