/** The text an import ends with: created fields, bad rows by line, and a one-row summary table. */
import type { ImportSummary } from './import.js';

/** The report printed after an import. */
export function formatImportReport(summary: ImportSummary): string {
  const lines: string[] = [];
  if (summary.fieldsCreated.length > 0) lines.push(`Created custom fields: ${summary.fieldsCreated.join(', ')}`, '');
  if (summary.failed.length > 0) {
    lines.push(`${summary.failed.length} row(s) not imported:`);
    for (const row of summary.failed) lines.push(`  line ${row.line}${row.email ? ` (${row.email})` : ''}: ${row.reason}`);
    lines.push('');
  }
  const cells = [summary.rows, summary.created, summary.updated, summary.unchanged, summary.failed.length].map(String);
  const heads = ['rows', 'created', 'updated', 'unchanged', 'failed'];
  lines.push(`          ${heads.join('  ')}`, `contacts  ${cells.map((c, i) => c.padStart(heads[i]!.length)).join('  ')}`);
  return lines.join('\n');
}
