/**
 * Progress on stderr, so stdout stays clean for the plan and the summary: a redrawn bar on a
 * terminal, one plain line per finished item otherwise (CI logs keep every line, and a bar's
 * carriage returns would turn them into noise).
 */

/** Receives progress events while a plan is applied. */
export interface ProgressReporter {
  /** Starts a phase with a known number of items. */
  start(total: number): void;
  /** One item is done; `label` says what it was, `outcome` how it went. */
  tick(label: string, outcome: 'ok' | 'failed'): void;
  /** The run is over; a bar clears its line. */
  finish(): void;
}

/** Where progress goes: any writable stream with an optional TTY flag and width. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Reports nothing; for tests and `--quiet` callers. */
export const silentProgress: ProgressReporter = { start() {}, tick() {}, finish() {} };

/**
 * Picks the bar on a terminal and plain lines elsewhere.
 *
 * @example
 * const progress = createProgress(process.stderr);
 */
export function createProgress(stream: ProgressStream): ProgressReporter {
  return stream.isTTY ? createBarProgress(stream) : createLineProgress(stream);
}

/** One line per item: `[12/48] ok  returns/start-a-return.md`. */
export function createLineProgress(stream: ProgressStream): ProgressReporter {
  let total = 0;
  let done = 0;
  return {
    start(n) {
      total = n;
      done = 0;
    },
    tick(label, outcome) {
      done += 1;
      const width = String(total).length;
      stream.write(`[${String(done).padStart(width)}/${total}] ${outcome === 'ok' ? 'ok    ' : 'FAILED'} ${label}\n`);
    },
    finish() {},
  };
}

const BAR_WIDTH = 24;

/** A single redrawn line: `█████░░░░ 20/48  returns/start-a-return.md`. */
export function createBarProgress(stream: ProgressStream): ProgressReporter {
  let total = 0;
  let done = 0;
  let failed = 0;
  const draw = (label: string) => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const failures = failed > 0 ? ` (${failed} failed)` : '';
    const line = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${done}/${total}${failures}  ${label}`;
    // Cut to the terminal's width: a wrapped line cannot be redrawn with \r.
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
  };
  return {
    start(n) {
      total = n;
      done = 0;
      failed = 0;
      draw('');
    },
    tick(label, outcome) {
      done += 1;
      if (outcome === 'failed') failed += 1;
      draw(label);
    },
    finish() {
      stream.write('\r\x1b[2K');
    },
  };
}
