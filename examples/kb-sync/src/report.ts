/**
 * What a run tells its user: the plan (for --dry-run), the files it skipped, the items that
 * failed, and a summary table. Plain text, no colour, so it reads the same in a terminal and in
 * a CI log.
 */
import type { ItemFailure } from './apply.js';
import type { FileIssue } from './front-matter.js';
import type { SyncPlan } from './plan.js';

/** How many items of one kind ended up where. */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
}

/** The result of a sync, as {@link runKbSync} returns it. */
export interface SyncSummary {
  readonly articles: Counts;
  readonly categories: Counts;
  readonly subcategories: Counts;
  readonly tags: Counts;
  /** Files that were not synced, with file and line. */
  readonly issues: readonly FileIssue[];
  /** Writes that the server refused or that never got an answer. */
  readonly failures: readonly ItemFailure[];
  /** Things the user should know that are not failures (a withheld prune, a dry run's missing scopes). */
  readonly notes: readonly string[];
  readonly dryRun: boolean;
  /** Set when the run stopped before writing anything: missing scopes, a bad key, no folder. */
  readonly refused?: string;
  /** The plan, when one was made. */
  readonly plan?: SyncPlan;
}

/** Exit code for a summary: 0 all good, 1 some files or items failed, 2 refused. */
export function exitCodeOf(summary: SyncSummary): 0 | 1 | 2 {
  if (summary.refused !== undefined) return 2;
  return summary.issues.length > 0 || summary.failures.length > 0 ? 1 : 0;
}

/** A zeroed {@link Counts}. */
export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 });

const COLUMNS = ['created', 'updated', 'unchanged', 'deleted', 'failed'] as const;

/**
 * The summary table.
 *
 * @example
 * formatSummaryTable(summary);
 * //               created  updated  unchanged  deleted  failed
 * // articles           44        0          0        0       3
 */
export function formatSummaryTable(summary: SyncSummary): string {
  const rows: [string, Counts][] = [
    ['articles', summary.articles],
    ['categories', summary.categories],
    ['subcategories', summary.subcategories],
    ['tags', summary.tags],
  ];
  const first = Math.max(...rows.map(([name]) => name.length));
  const cell = (text: string, column: string) => text.padStart(Math.max(column.length, 4));
  const header = `${''.padEnd(first)}  ${COLUMNS.map((c) => cell(c, c)).join('  ')}`;
  const lines = rows.map(([name, counts]) => `${name.padEnd(first)}  ${COLUMNS.map((c) => cell(String(counts[c]), c)).join('  ')}`);
  const title = summary.dryRun ? 'Dry run — nothing was written. A real run would do:' : 'Summary';
  return [title, header, ...lines].join('\n');
}

/** The files that were skipped, `file:line  reason`, one per line. */
export function formatIssues(issues: readonly FileIssue[]): string {
  return issues.map((issue) => `  ${issue.file}:${issue.line}  ${issue.message}`).join('\n');
}

/** The writes that failed, `kind label  reason`, one per line. */
export function formatFailures(failures: readonly ItemFailure[]): string {
  return failures.map((f) => `  ${f.kind} ${f.label}  ${f.message}`).join('\n');
}

/** The plan as a diff-like list: `+ create`, `~ update (fields)`, `- delete`. */
export function formatPlan(plan: SyncPlan): string {
  const lines = [
    ...plan.categories.map((c) => `+ category     ${c.slug}  "${c.name}"`),
    ...plan.subcategories.map((s) => `+ subcategory  ${s.key}  "${s.name}"`),
    ...plan.tags.map((t) => `+ tag          ${t.slug}`),
    ...plan.creates.map((s) => `+ article      ${s.source.slug}  (${s.source.file})`),
    ...plan.updates.map((s) => `~ article      ${s.source.slug}  (${s.source.file}: ${s.fields.join(', ')})`),
    ...plan.deletes.map((a) => `- article      ${a.slug}  "${a.title}"`),
  ];
  return lines.length > 0 ? lines.join('\n') : 'Nothing to do: the knowledge base matches the folder.';
}

/** One sentence on what a plan would write: `The plan creates 51 articles, …`. */
export function describePlanSize(plan: SyncPlan): string {
  const parts = [
    [plan.categories.length, 'categories'],
    [plan.subcategories.length, 'subcategories'],
    [plan.tags.length, 'tags'],
    [plan.creates.length, 'articles'],
  ] as const;
  const creates = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const rest = [`updates ${plan.updates.length} articles`, `deletes ${plan.deletes.length}`];
  return `The plan creates ${creates.length > 0 ? creates.join(', ') : 'nothing'}, ${rest.join(' and ')}.`;
}

/** Everything after the run, in reading order: skipped files, failures, notes, table. */
export function formatReport(summary: SyncSummary): string {
  const parts: string[] = [];
  if (summary.issues.length > 0) parts.push(`Skipped ${summary.issues.length} file(s):\n${formatIssues(summary.issues)}`);
  if (summary.failures.length > 0) parts.push(`Failed ${summary.failures.length} write(s):\n${formatFailures(summary.failures)}`);
  if (summary.notes.length > 0) parts.push(summary.notes.map((note) => `Note: ${note}`).join('\n'));
  parts.push(formatSummaryTable(summary));
  return parts.join('\n\n');
}
