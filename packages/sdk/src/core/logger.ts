/**
 * Logging: a level and a logger, as openai-node does it (`OPENAI_LOG` there, `ATENDER_LOG`
 * here). Messages below the level are never built: a disabled level is an absent method, so the
 * per-call path pays one property check, not a string and a redacted header copy.
 */
import { readEnvironmentVariable } from '../internal/environment.js';
import { ConfigurationError } from './errors/client-errors.js';

/** How much the SDK logs; each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/**
 * Where the SDK's log lines go; `console` fits, and so do pino, winston and most loggers.
 * `data` holds structured details (always redacted: no credential ever reaches a logger).
 */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

type LogMethod = (message: string, data?: Record<string, unknown>) => void;

/** The enabled methods of a logger at one level; a disabled level is `undefined`. */
export interface LevelLog {
  readonly level: LogLevel;
  readonly debug: LogMethod | undefined;
  readonly info: LogMethod | undefined;
  readonly warn: LogMethod | undefined;
  readonly error: LogMethod | undefined;
}

/** The environment variable that sets the default level on Node-like runtimes. */
export const LOG_LEVEL_VARIABLE = 'ATENDER_LOG';

const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];
const PREFIX = '[atender]';

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

function bind(logger: Logger, method: Exclude<LogLevel, 'off'>, enabled: boolean): LogMethod | undefined {
  if (!enabled) return undefined;
  return (message, data) => {
    // A logger that throws must not turn a successful call into a failure.
    try {
      if (data === undefined) logger[method](`${PREFIX} ${message}`);
      else logger[method](`${PREFIX} ${message}`, data);
    } catch {}
  };
}

/**
 * The log of one client: `logLevel`, else `ATENDER_LOG`, else `'warn'`; `logger`, else `console`.
 *
 * @throws ConfigurationError when `logLevel` or `logger` is not usable.
 */
export function createLevelLog(options: { readonly logLevel?: LogLevel | undefined; readonly logger?: Logger | undefined }): LevelLog {
  const { logLevel, logger = console } = options;
  if (logLevel !== undefined && !isLogLevel(logLevel)) {
    throw new ConfigurationError(`logLevel must be one of ${LEVELS.map((l) => `'${l}'`).join(', ')}.`);
  }
  if (
    typeof logger !== 'object' ||
    logger === null ||
    !['debug', 'info', 'warn', 'error'].every((m) => typeof logger[m as keyof Logger] === 'function')
  ) {
    throw new ConfigurationError('logger must have debug, info, warn and error methods.');
  }
  const fromEnvironment = logLevel === undefined ? readEnvironmentVariable(LOG_LEVEL_VARIABLE) : undefined;
  const level = logLevel ?? (isLogLevel(fromEnvironment) ? fromEnvironment : 'warn');
  const rank = LEVELS.indexOf(level);
  const log: LevelLog = {
    level,
    error: bind(logger, 'error', rank >= 1),
    warn: bind(logger, 'warn', rank >= 2),
    info: bind(logger, 'info', rank >= 3),
    debug: bind(logger, 'debug', rank >= 4),
  };
  if (fromEnvironment !== undefined && !isLogLevel(fromEnvironment)) {
    log.warn?.(`${LOG_LEVEL_VARIABLE}=${JSON.stringify(fromEnvironment.slice(0, 40))} is not a log level; using 'warn'.`, {
      levels: LEVELS,
    });
  }
  return log;
}
