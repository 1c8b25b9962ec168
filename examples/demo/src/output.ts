/**
 * How the demo talks: a heading per step, indented detail lines, and a failure type that names
 * the step, so a broken step reads as one clear line and a non-zero exit code.
 */

/** Steps of the demo, in order; the heading of each is `[n/6] title`. */
export const STEPS = [
  'Start the @atender/mock sandbox server',
  'kb-sync the sample vault',
  'kb-sync it again: nothing changed, so nothing is written',
  'A narrow key tries to write',
  'A burst of concurrent calls on a small rate-limit tier',
  'Summary',
] as const;

/** A step whose outcome was not what the demo promises. */
export class DemoStepError extends Error {
  override readonly name = 'DemoStepError';
}

/** Prints the heading of step `index` (0-based). */
export function heading(index: number): void {
  process.stdout.write(`\n[${index + 1}/${STEPS.length}] ${STEPS[index]}\n`);
}

/** Prints detail lines under the current heading. */
export function detail(...lines: string[]): void {
  for (const line of lines) process.stdout.write(line === '' ? '\n' : `    ${line}\n`);
}

/** Indents a multi-line block (kb-sync's report) under the current heading. */
export function block(text: string): void {
  detail(...text.split('\n'));
}

/** Seconds with one decimal, for humans: `2.1 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
