/**
 * `@atender-examples/kb-sync`: docs as code for the Atender knowledge base. The CLI is
 * `src/cli.ts`; these exports let tests and the demo run a sync in-process.
 *
 * @packageDocumentation
 */
export { type ApplyOptions, type ApplyResult, applyPlan, type ItemFailure } from './apply.js';
export { type AtenderClient, type Connection, type ConnectOptions, connect } from './connect.js';
export { type ArticleSource, type FileIssue, parseArticleFile, slugify } from './front-matter.js';
export { createPlan, isEmptyPlan, type PlanOptions, type RemoteState, type SyncPlan } from './plan.js';
export { createProgress, type ProgressReporter, silentProgress } from './progress.js';
export { type Counts, exitCodeOf, formatPlan, formatReport, formatSummaryTable, type SyncSummary } from './report.js';
export { checkScopes, describeMissingScopes, planOperations } from './scopes.js';
export { type KbSyncOptions, readRemoteState, runKbSync } from './sync.js';
export { readVault, type Vault } from './vault.js';
