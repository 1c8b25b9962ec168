/**
 * `runKbSync`: the whole sync as one call — read the vault, check the key, read the knowledge
 * base, plan, check scopes, apply — returning a summary instead of printing or exiting, so the
 * CLI, the tests and the demo all drive the same code.
 */
import { stat } from 'node:fs/promises';
import type { KbArticle, KbCategory, KbSubcategory, KbTag } from '@atender/contract';
import { type ApplyResult, applyPlan } from './apply.js';
import type { AtenderClient } from './connect.js';
import { describeError } from './errors.js';
import { createPlan, type RemoteState, type SyncPlan } from './plan.js';
import type { ProgressReporter } from './progress.js';
import { type Counts, emptyCounts, type SyncSummary } from './report.js';
import { checkScopes, describeMissingScopes, planOperations, READ_OPERATIONS } from './scopes.js';
import { readVault, type Vault } from './vault.js';

/** Options of {@link runKbSync}. */
export interface KbSyncOptions {
  /** The vault: a folder of Markdown files with front matter. */
  readonly dir: string;
  readonly client: AtenderClient;
  /** Delete articles no file describes. @default false */
  readonly prune?: boolean;
  /** Plan and report, write nothing. @default false */
  readonly dryRun?: boolean;
  /** Writes in flight at once. @default 8 */
  readonly concurrency?: number;
  /** @default silentProgress */
  readonly progress?: ProgressReporter;
}

const PAGE = { params: { query: { limit: 100 } } } as const;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Reads every article, category, subcategory and tag, one paginated walk each, in parallel. */
export async function readRemoteState(client: AtenderClient): Promise<RemoteState> {
  const [articles, categories, subcategories, tags] = await Promise.all([
    collect<KbArticle>(client.paginate('/api/v1/kb/articles', PAGE)),
    collect<KbCategory>(client.paginate('/api/v1/kb/categories', PAGE)),
    collect<KbSubcategory>(client.paginate('/api/v1/kb/subcategories', PAGE)),
    collect<KbTag>(client.paginate('/api/v1/kb/tags', PAGE)),
  ]);
  return { articles, categories, subcategories, tags };
}

function refused(vault: Vault | undefined, reason: string, plan?: SyncPlan): SyncSummary {
  const zero = { articles: emptyCounts(), categories: emptyCounts(), subcategories: emptyCounts(), tags: emptyCounts() };
  return { ...zero, issues: vault?.issues ?? [], failures: [], notes: [], dryRun: false, refused: reason, ...(plan && { plan }) };
}

/**
 * Syncs a folder of Markdown files into the knowledge base and returns what happened.
 * Never throws for a bad file, a failed write or a missing scope: those are in the summary.
 *
 * @example
 * const summary = await runKbSync({ dir: './vault', client, prune: true });
 * process.exitCode = exitCodeOf(summary);
 */
export async function runKbSync(options: KbSyncOptions): Promise<SyncSummary> {
  const { client } = options;
  const folder = await stat(options.dir).catch(() => undefined);
  if (!folder?.isDirectory()) return refused(undefined, `No such folder: ${options.dir}`);
  const vault = await readVault(options.dir);
  let key: Awaited<ReturnType<typeof fetchKeyInfo>>;
  try {
    key = await fetchKeyInfo(client);
  } catch (error) {
    return refused(vault, `Could not check the API key (GET /api/v1/auth/key): ${describeError(error)}`);
  }
  const readCheck = checkScopes(READ_OPERATIONS, key.scopes);
  if (readCheck.missing.length > 0) return refused(vault, describeMissingScopes(readCheck, key));
  let remote: RemoteState;
  try {
    remote = await readRemoteState(client);
  } catch (error) {
    return refused(vault, `Could not read the knowledge base: ${describeError(error)}`);
  }
  const plan = createPlan(vault, remote, { prune: options.prune ?? false });
  const check = checkScopes(planOperations(plan), key.scopes);
  const notes = plan.pruneWithheld ? [plan.pruneWithheld] : [];
  if (check.missing.length > 0) {
    if (!options.dryRun) return refused(vault, describeMissingScopes(check, key), plan);
    notes.push(`a real run would stop here:\n${describeMissingScopes(check, key)}`);
  }
  if (options.dryRun) return { ...plannedCounts(plan, vault), issues: vault.issues, failures: [], notes, dryRun: true, plan };
  const result = await applyPlan(client, plan, {
    concurrency: options.concurrency ?? 8,
    ...(options.progress && { progress: options.progress }),
  });
  return { ...appliedCounts(plan, vault, result), issues: vault.issues, failures: result.failures, notes, dryRun: false, plan };
}

async function fetchKeyInfo(client: AtenderClient) {
  const { data } = await client.GET('/api/v1/auth/key');
  return data;
}

type Table = Pick<SyncSummary, 'articles' | 'categories' | 'subcategories' | 'tags'>;

/** How many referenced categories, subcategories and tags existed already. */
function existingTaxonomy(plan: SyncPlan): { categories: number; subcategories: number; tags: number } {
  const steps = [...plan.creates, ...plan.updates, ...plan.unchanged];
  const distinct = (refs: (string | null | undefined)[], known: ReadonlyMap<string, string>) =>
    new Set(refs.filter((ref): ref is string => typeof ref === 'string' && known.has(ref))).size;
  return {
    categories: distinct(
      steps.map((s) => s.category),
      plan.known.categories,
    ),
    subcategories: distinct(
      steps.map((s) => s.subcategory),
      plan.known.subcategories,
    ),
    tags: distinct(
      steps.flatMap((s) => s.tags ?? []),
      plan.known.tags,
    ),
  };
}

function plannedCounts(plan: SyncPlan, vault: Vault): Table {
  const existing = existingTaxonomy(plan);
  const taxonomy = (created: number, unchanged: number): Counts => ({ ...emptyCounts(), created, unchanged });
  return {
    articles: {
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged.length,
      deleted: plan.deletes.length,
      failed: vault.issues.length,
    },
    categories: taxonomy(plan.categories.length, existing.categories),
    subcategories: taxonomy(plan.subcategories.length, existing.subcategories),
    tags: taxonomy(plan.tags.length, existing.tags),
  };
}

function appliedCounts(plan: SyncPlan, vault: Vault, result: ApplyResult): Table {
  const existing = existingTaxonomy(plan);
  const failed = (kind: string) => result.failures.filter((f) => f.kind === kind).length;
  const taxonomy = (kind: 'categories' | 'subcategories' | 'tags', singular: string): Counts => ({
    ...emptyCounts(),
    created: result.created[kind],
    unchanged: existing[kind],
    failed: failed(singular),
  });
  return {
    articles: {
      created: result.created.articles,
      updated: result.updated,
      unchanged: plan.unchanged.length,
      deleted: result.deleted,
      failed: vault.issues.length + failed('article'),
    },
    categories: taxonomy('categories', 'category'),
    subcategories: taxonomy('subcategories', 'subcategory'),
    tags: taxonomy('tags', 'tag'),
  };
}
