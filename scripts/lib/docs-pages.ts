/**
 * The generated reference pages that Redoc does not draw: the scope matrix (operations × scopes
 * and bundles) and the error-code table. Pure: rows in, HTML out.
 */
import type { Doc, ErrorCodeRow, OperationRow } from './spec.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escaped text with Markdown's inline code (`x`) as <code>, so no raw backticks show. */
export const inline = (s: string) => esc(s).replace(/`([^`]*)`/g, '<code>$1</code>');

/** Redoc's address of an operation: `#/<tag slug>/<operationid>`. */
export function redocHash(doc: Doc, op: Pick<OperationRow, 'path' | 'method' | 'operationId'>): string {
  const tag: string = doc.paths[op.path][op.method].tags?.[0] ?? '';
  return `#/${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${op.operationId.toLowerCase()}`;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1f2937}
nav a{margin-right:1rem}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f4f6;position:sticky;top:0}
td.yes{background:#dcfce7;text-align:center}
td.no{color:#9ca3af;text-align:center}
code{font:12px ui-monospace,monospace}`;

/** A whole page with the shared navigation. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} · Atender API</title><style>${STYLE}</style></head>
<body><nav><a href="index.html">API reference</a><a href="scopes.html">Scope matrix</a><a href="errors.html">Error codes</a></nav>
<h1>${esc(title)}</h1>
${body}
</body></html>
`;
}

export interface MatrixInput {
  operations: OperationRow[];
  bundles: Record<string, string[]>;
  scopes: string[];
  /** Where the reference page shows an operation (the matrix links back to it). */
  referenceHref: (op: OperationRow) => string;
  /** The contract's rule: does this set of granted scopes reach `required`? */
  reaches: (granted: readonly string[], required: string | null) => boolean;
}

function operationCell(op: OperationRow, href: string): string {
  const notes = [op.visibility !== 'public' ? op.visibility : '', op.reserved ? 'reserved' : ''].filter(Boolean).join(', ');
  return `<td><a href="${esc(href)}"><code>${op.method.toUpperCase()} ${esc(op.path)}</code></a><br><small>${esc(op.operationId)}${notes ? ` · ${esc(notes)}` : ''}</small></td>`;
}

/** Operations × bundles, then scopes → operations. */
export function scopeMatrixPage({ operations, bundles, scopes, reaches, referenceHref }: MatrixInput): string {
  const names = Object.keys(bundles);
  const head = `<tr><th>operation</th><th>scope</th>${names.map((b) => `<th>${esc(b)}</th>`).join('')}</tr>`;
  const rows = operations.map((op) => {
    const cells = names.map((b) => (reaches(bundles[b] ?? [], op.scope) ? '<td class="yes">✓</td>' : '<td class="no">–</td>'));
    return `<tr id="op-${esc(op.operationId)}">${operationCell(op, referenceHref(op))}<td><code>${esc(op.scope ?? 'none')}</code></td>${cells.join('')}</tr>`;
  });
  const byScope = scopes.map((s) => {
    const reached = operations.filter((op) => op.scope !== null && reaches([s], op.scope));
    const list =
      reached.map((op) => `<a href="${esc(referenceHref(op))}"><code>${op.method.toUpperCase()} ${esc(op.path)}</code></a>`).join('<br>') ||
      '<em>no operation yet</em>';
    return `<tr id="scope-${esc(s)}"><td><code>${esc(s)}</code></td><td>${list}</td></tr>`;
  });
  return page(
    'Scope matrix',
    `<p>Which bundle reaches which operation. A <code>write</code> scope implies <code>read</code> on the same surface.
Dashboard-only endpoints also need a session token; widget endpoints need a publishable key.</p>
<h2>Bundles</h2>
<ul>${names.map((b) => `<li><strong>${esc(b)}</strong>: ${(bundles[b] ?? []).map((s) => `<code>${esc(s)}</code>`).join(', ')}</li>`).join('\n')}</ul>
<h2>Operations × bundles</h2>
<table><thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>
<h2>Scopes → operations</h2>
<table><thead><tr><th>scope</th><th>operations it reaches</th></tr></thead><tbody>
${byScope.join('\n')}
</tbody></table>`,
  );
}

/** Code, status, meaning and the SDK class that represents it; the first row of a status is its anchor. */
export function errorCodesPage(rows: ErrorCodeRow[], sdkClassOf: (code: string, status: number) => string): string {
  const seen = new Set<number>();
  const body = rows
    .map((r) => {
      const statusAnchor = seen.has(r.status) ? '' : ` data-status-anchor="${r.status}"`;
      const cell = seen.has(r.status) ? `${r.status}` : `<span id="status-${r.status}">${r.status}</span>`;
      seen.add(r.status);
      return `<tr id="${esc(r.code)}"${statusAnchor}><td><code>${esc(r.code)}</code></td><td>${cell}</td><td>${inline(r.title)}</td><td><code>${esc(sdkClassOf(r.code, r.status))}</code></td></tr>`;
    })
    .join('\n');
  return page(
    'Error codes',
    `<p>Every error is an RFC 9457 problem (<code>application/problem+json</code>) with a stable <code>code</code> and a <code>requestId</code>.
The SDK rejects with the class shown, chosen by code first and status second. Each operation of the
<a href="index.html">API reference</a> links here for the statuses it can answer.</p>
<table><thead><tr><th>code</th><th>status</th><th>meaning</th><th>SDK class</th></tr></thead><tbody>
${body}
</tbody></table>`,
  );
}
