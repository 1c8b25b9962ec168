/**
 * The document Redoc draws: the bundled spec plus what a reader needs and the spec need not
 * repeat by hand. Every operation gets `x-codeSamples` (an SDK call and a curl line), links to
 * its row of the scope matrix and to the error codes it can answer; text Redoc shows as plain
 * text (operation summaries, server descriptions) loses Markdown's backticks. Written to
 * docs-site/ on every `pnpm docs:build`, never committed: the spec stays the one source.
 */
import { type CodeSample, codeSamples } from './code-samples.ts';
import { type Doc, HTTP_METHODS } from './spec.ts';

/** `a \`b\` c` → `a b c`: for fields Redoc renders as plain text. */
export const plainText = (text: string) => text.replace(/`([^`]*)`/g, '$1');

/** The error statuses an operation answers, from its responses (`5XX` → 500 and 503). */
export function errorStatuses(op: Doc): number[] {
  const statuses = Object.keys(op.responses ?? {}).flatMap((code) =>
    code === '5XX' ? [500, 503] : /^[45]\d\d$/.test(code) ? [Number(code)] : [],
  );
  return [...new Set(statuses)].sort((a, b) => a - b);
}

/** The Markdown line under an operation: its scope and matrix row, its errors and their table rows. */
function referenceLinks(op: Doc, scope: string | null): string {
  const scopeText = scope === null ? 'no scope needed' : `\`${scope}\``;
  const errors = errorStatuses(op).map((status) => `[${status}](errors.html#status-${status})`);
  return `**Scope:** ${scopeText} ([who has it: scope matrix](scopes.html#op-${op.operationId})) · **Errors:** ${errors.join(' ')} ([error codes](errors.html))`;
}

/** The docs document for `doc`; `scopeOf` is the operation table's scope (null: none). */
export function docsBundle(doc: Doc, scopeOf: (operationId: string) => string | null): Doc {
  const out = structuredClone(doc);
  for (const server of out.servers ?? []) if (typeof server.description === 'string') server.description = plainText(server.description);
  for (const [path, item] of Object.entries<Doc>(out.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      if (typeof op.summary === 'string') op.summary = plainText(op.summary);
      const samples: CodeSample[] = codeSamples(doc, path, method);
      op['x-codeSamples'] = samples;
      op.description = [op.description, referenceLinks(op, scopeOf(op.operationId))].filter(Boolean).join('\n\n');
    }
  }
  return out;
}
