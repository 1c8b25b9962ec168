/**
 * Flag parsing for `atender-mock`'s commands: node's `parseArgs`, with errors a newcomer can act
 * on. A mistyped flag is named, the closest valid one suggested, and every valid flag listed.
 */
import { parseArgs } from 'node:util';

/** One flag of a command, with the text `--help` and errors show for it. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** e.g. `<n>` for `--port <n>`. */
  readonly value?: string;
  readonly description: string;
  readonly default?: string | boolean;
  /** What help shows as the default when it is computed (e.g. `port + 1`); not parsed. */
  readonly defaultText?: string;
  readonly multiple?: boolean;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The usage lines of a command's flags, aligned. */
export function flagLines(flags: FlagSpecs): string[] {
  const names = Object.entries(flags).map(([name, f]) => `--${name}${f.value ? ` ${f.value}` : ''}`);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return Object.values(flags).map((f, i) => {
    const fallback = f.defaultText ?? (f.default === undefined || f.default === false ? undefined : String(f.default));
    const shown = fallback === undefined ? '' : `  (default ${fallback})`;
    return `  ${names[i]!.padEnd(width)}${f.description}${shown}`;
  });
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The valid flag closest to `given`, when it is close enough to be a typo. */
export function closestFlag(given: string, flags: FlagSpecs): string | undefined {
  const ranked = Object.keys(flags)
    .map((name) => ({ name, d: distance(given, name) }))
    .sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(given.length / 3)) ? best.name : undefined;
}

/** A command line `atender-mock <command>` could not be parsed; `message` says how to fix it. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** Parses `argv` (after the command name) against `flags`; unknown flags and positionals are errors. */
export function parseFlags(
  command: string,
  argv: readonly string[],
  flags: FlagSpecs,
): Record<string, string | boolean | string[] | undefined> {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [
      name,
      { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.default === undefined ? {} : { default: f.default }) },
    ]),
  );
  const valid = `Valid flags of "atender-mock ${command}":\n${flagLines(flags).join('\n')}`;
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: options as never, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw new CliUsageError(`"atender-mock ${command}" takes no argument "${positionals[0]}".\n\n${valid}`);
    return values as Record<string, string | boolean | string[] | undefined>;
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    const code = (error as { code?: string }).code;
    const flag = /'(-{1,2}[^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const bare = flag.replace(/^-+/, '').split('=')[0]!;
      const guess = closestFlag(bare, flags);
      throw new CliUsageError(`Unknown flag ${flag} for "atender-mock ${command}".${guess ? ` Did you mean --${guess}?` : ''}\n\n${valid}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliUsageError(`${(error as Error).message.split('\n')[0]}\n\n${valid}`);
    }
    throw error;
  }
}

/**
 * The usage error for a `parseArgs` failure of a command that keeps its flags in a usage text
 * (`listen`, `trigger`): the flags are the text's `--names`. Anything else is returned as is.
 */
export function explainParseError(command: string, error: unknown, usage: string): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return error;
  const message = (error as Error).message;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new CliUsageError(`${message.split('\n')[0]}\n\n${usage}`);
  const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1] ?? '';
  const names = [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])].map((n) => n.slice(2));
  const guess = closestFlag(
    flag.replace(/^-+/, '').split('=')[0]!,
    Object.fromEntries(names.map((n) => [n, { type: 'string', description: '' } as const])),
  );
  const listed = names.map((n) => `--${n}`).join(', ');
  return new CliUsageError(
    `Unknown flag ${flag} for "atender-mock ${command}".${guess ? ` Did you mean --${guess}?` : ''} Valid flags: ${listed}.\n\n${usage}`,
  );
}
