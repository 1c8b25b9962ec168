/**
 * Type-check cost of type-level scopes: the same 50-call consumer file checked against the plain
 * client type and against the scope-narrowed one (issue: the narrowed one stays within 1.5×).
 * Uses the TypeScript API with the consumer file served from memory, so nothing is written to
 * the tree and module resolution is exactly a file in packages/sdk/src would get.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { ROOT } from '../lib/spec.ts';
import { type BenchSection, fmt, interleave, median } from './stats.ts';

/** What {@link runTypecheckBench} measured: per-sample check times of the consumer file. */
export interface TypecheckBenchResult {
  name: string;
  plainMs: number[];
  scopedMs: number[];
  /** median(scoped) / median(plain); the issue's budget is 1.5. */
  medianRatio: number;
  /** Types created and instantiations made while checking: deterministic, unlike the clock. */
  work: Record<Variant, CheckWork>;
}

type Variant = 'plain' | 'scoped';
interface CheckWork {
  types: number;
  instantiations: number;
}
interface CheckSample extends CheckWork {
  ms: number;
}

const SDK_SRC = path.join(ROOT, 'packages/sdk/src');
// The scope set must permit every call below without being full_access, which short-circuits
// to the plain `paths` and would measure nothing.
const SCOPES = `['integration', 'analytics_only']`;
const SAMPLES = 15;

// Each template is one call using its response, so request and response inference both run.
const CALLS: ((i: number) => string)[] = [
  (i) => `(await api.GET('/api/v1/kb/articles', { params: { query: { limit: ${i} } } })).data?.data[0]?.title`,
  (i) => `(await api.GET('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 'art_${i}' } } })).data?.slug`,
  (i) => `(await api.POST('/api/v1/kb/articles', { body: { slug: 's${i}', title: 'T${i}', body: 'B' } })).data?.id`,
  (i) =>
    `(await api.PATCH('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 'a${i}' } }, body: { title: 't' } })).data?.status`,
  (i) => `(await api.DELETE('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 'a${i}' } } })).response.status`,
  (i) => `(await api.POST('/api/v1/kb/categories', { body: { name: 'n${i}', slug: 's${i}' } })).data?.id`,
  (i) => `(await api.GET('/api/v1/contacts', { params: { query: { email: 'x${i}@example.com' } } })).data?.nextCursor`,
  (i) => `(await api.POST('/api/v1/contacts', { body: { name: 'N${i}', email: 'n${i}@example.com' } })).data?.email`,
  (i) => `(await api.GET('/api/v1/contacts/{contactId}', { params: { path: { contactId: 'c${i}' } } })).data?.name`,
  (i) =>
    `(await api.PATCH('/api/v1/contacts/{contactId}', { params: { path: { contactId: 'c${i}' } }, body: { phone: '+3461234${i}' } })).data?.phone`,
  (i) =>
    `(await api.PUT('/api/v1/contacts/{contactId}/custom-fields', { params: { path: { contactId: 'c${i}' } }, body: { values: { tier: ${i} } } })).data`,
  (i) => `(await api.GET('/api/v1/conversations', { params: { query: { status: 'open', limit: ${i} } } })).data?.data.length`,
  (i) => `(await api.POST('/api/v1/conversations', { body: { channel: 'email', contactId: 'c${i}' } })).data?.id`,
  (i) => `(await api.GET('/api/v1/conversations/{conversationId}', { params: { path: { conversationId: 'v${i}' } } })).data?.status`,
  (i) =>
    `(await api.POST('/api/v1/conversations/{conversationId}/messages', { params: { path: { conversationId: 'v${i}' } }, body: { authorType: 'agent', body: 'hi', internal: false } })).data`,
  (i) =>
    `(await api.POST('/api/v1/conversations/{conversationId}/status', { params: { path: { conversationId: 'v${i}' } }, body: { status: 'closed' } })).data`,
  (i) =>
    `(await api.PUT('/api/v1/conversations/{conversationId}/tags/{tagId}', { params: { path: { conversationId: 'v${i}', tagId: 't${i}' } } })).response.ok`,
  () => `(await api.GET('/api/v1/tags')).data?.data`,
  (i) => `(await api.POST('/api/v1/tags', { body: { name: 'tag${i}', color: '#00${i}' } })).data?.id`,
  (i) =>
    `(await api.GET('/api/v1/analytics/conversation-volume', { params: { query: { from: '2026-0${(i % 9) + 1}-01', to: '2026-12-01' } } })).data`,
  (i) => `(await api.GET('/api/v1/search', { params: { query: { q: 'refund ${i}' } } })).data`,
  (i) => `(await api.GET('/api/v1/users', { params: { query: { limit: ${i} } } })).data`,
  () => `(await api.GET('/api/v1/teams')).data?.nextCursor`,
  (i) =>
    `(await api.POST('/api/v1/webhooks', { body: { url: 'https://example.com/${i}', events: ['contact.created'], active: true } })).data`,
  () => `(await api.GET('/api/v1/auth/key')).data`,
];

/** The consumer file: 50 calls, each template twice with different arguments. */
export function consumerSource(variant: Variant): string {
  const clientType = variant === 'plain' ? 'AtenderClient<paths>' : `AtenderClient<ScopedPaths<${SCOPES}>>`;
  const lines = Array.from({ length: 50 }, (_, n) => `  const r${n} = ${CALLS[n % CALLS.length]!(n + 1)};`);
  return [
    `import type { paths } from '@atender/contract';`,
    `import type { ScopedPaths } from './core/scoped-paths.ts';`,
    `import type { AtenderClient } from './types.ts';`,
    `declare const api: ${clientType};`,
    'export async function consumer() {',
    ...lines,
    `  return [${lines.map((_, n) => `r${n}`).join(', ')}];`,
    '}',
    '',
  ].join('\n');
}

function compilerOptions(): ts.CompilerOptions {
  const own = path.join(ROOT, 'packages/sdk/tsconfig.json');
  const file = fs.existsSync(own) ? own : path.join(ROOT, 'tsconfig.base.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${file}`);
  return { ...parsed.options, noEmit: true, allowImportingTsExtensions: true, skipLibCheck: true, incremental: false };
}

/** Checks the consumer file in a fresh program: how long it took and how much work it was. */
function checkOnce(variant: Variant, options: ts.CompilerOptions): CheckSample {
  const fileName = path.join(SDK_SRC, `__typecheck_bench_${variant}__.ts`);
  const text = consumerSource(variant);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === fileName || fileExists.call(host, name);
  host.readFile = (name) => (name === fileName ? text : readFile.call(host, name));
  host.getSourceFile = (name, target, ...rest) =>
    name === fileName ? ts.createSourceFile(name, text, target) : getSourceFile.call(host, name, target, ...rest);
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  const source = program.getSourceFile(fileName);
  if (!source) throw new Error(`${variant}: consumer file missing from the program`);
  // Parsing and binding happen before the clock starts: only checking differs between variants.
  program.getTypeChecker();
  const start = performance.now();
  const diagnostics = program.getSemanticDiagnostics(source);
  const elapsed = performance.now() - start;
  if (diagnostics.length > 0) {
    const first = ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, '\n');
    throw new Error(`${variant} consumer has ${diagnostics.length} type errors, so its timing means nothing: ${first}`);
  }
  return { ms: elapsed, types: program.getTypeCount(), instantiations: program.getInstantiationCount() };
}

/**
 * Measures the consumer file's check time with the plain and the scoped client, alternating,
 * after one discarded warm-up round of each (the first program pays for JIT and lib parsing).
 */
export async function runTypecheckBench(samples = SAMPLES): Promise<TypecheckBenchResult> {
  const options = compilerOptions();
  const work = { plain: checkOnce('plain', options), scoped: checkOnce('scoped', options) };
  const times = await interleave(
    { plain: async () => checkOnce('plain', options).ms, scoped: async () => checkOnce('scoped', options).ms },
    samples,
  );
  const counts = ({ types, instantiations }: CheckWork): CheckWork => ({ types, instantiations });
  return {
    name: 'Type-check: 50-call consumer, plain vs scoped client',
    plainMs: times.plain,
    scopedMs: times.scoped,
    medianRatio: median(times.scoped) / median(times.plain),
    work: { plain: counts(work.plain), scoped: counts(work.scoped) },
  };
}

/** The result as a section of bench/report.md. */
export function typecheckSection(result: TypecheckBenchResult): BenchSection {
  const row = (label: Variant, values: number[]) => [
    label,
    fmt(median(values)),
    fmt(Math.min(...values)),
    fmt(Math.max(...values)),
    result.work[label].types,
    result.work[label].instantiations,
  ];
  return {
    title: result.name,
    method:
      `Semantic check of one generated file of 50 calls (TypeScript API, fresh program per sample, ${result.plainMs.length} ` +
      `samples each, alternating) typed \`AtenderClient<paths>\` vs \`AtenderClient<ScopedPaths<${SCOPES}>>\` (what \`createAtenderClient\` returns without and with \`scopes\`). Budget: ratio ≤ 1.5.`,
    columns: ['client', 'median ms', 'min ms', 'max ms', 'types', 'instantiations'],
    rows: [row('plain', result.plainMs), row('scoped', result.scopedMs), ['ratio (median)', fmt(result.medianRatio, 2), '', '', '', '']],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // No top-level await: a CommonJS importer (tsx from a non-module folder) could not load this file.
  void runTypecheckBench().then((result) => {
    const rounded = (values: number[]) => values.map((ms) => Math.round(ms));
    console.log(JSON.stringify({ ...result, plainMs: rounded(result.plainMs), scopedMs: rounded(result.scopedMs) }));
    console.log(
      `median plain ${fmt(median(result.plainMs))} ms, scoped ${fmt(median(result.scopedMs))} ms, ratio ${fmt(result.medianRatio, 2)} (budget 1.5)`,
    );
  });
}
