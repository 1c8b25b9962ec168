/**
 * Reads a vault: every `*.md` file under a folder, each parsed on its own so one bad file costs
 * only itself. Duplicate slugs are caught here, before anything is planned.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ArticleSource, type FileIssue, parseArticleFile } from './front-matter.js';

/** What a vault holds: the articles to sync and the files that cannot be. */
export interface Vault {
  readonly articles: readonly ArticleSource[];
  readonly issues: readonly FileIssue[];
  /**
   * Slugs of files that failed: their remote articles are never pruned, because a broken file
   * is not a removed one.
   */
  readonly protectedSlugs: ReadonlySet<string>;
  /** Files that failed before a slug could be read; while any exist, pruning is unsafe. */
  readonly unknownSlugFiles: readonly string[];
}

/** Lists the Markdown files under `dir`, sorted so every run reads them in the same order. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * Reads and validates every article of a vault.
 *
 * @example
 * const vault = await readVault('./vault');
 * for (const issue of vault.issues) console.error(`${issue.file}:${issue.line} ${issue.message}`);
 */
export async function readVault(dir: string): Promise<Vault> {
  const files = await listMarkdownFiles(dir);
  const parsed = await Promise.all(files.map(async (file) => parseArticleFile(file, await readFile(path.join(dir, file), 'utf8'))));
  const articles: ArticleSource[] = [];
  const issues: FileIssue[] = [];
  for (const result of parsed) {
    if (result.ok) articles.push(result.article);
    else issues.push(result.issue);
  }
  return collectVault(articles, issues);
}

/**
 * Separates articles whose slug is claimed by two or more files. All of them are skipped, not
 * just the later ones: which file is meant depends on intent, not on sort order.
 */
export function collectVault(candidates: readonly ArticleSource[], fileIssues: readonly FileIssue[]): Vault {
  const bySlug = new Map<string, ArticleSource[]>();
  for (const article of candidates) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  const articles: ArticleSource[] = [];
  const issues = [...fileIssues];
  for (const [slug, group] of bySlug) {
    if (group.length === 1) {
      articles.push(group[0]!);
      continue;
    }
    for (const article of group) {
      const others = group.filter((other) => other !== article).map((other) => `${other.file}:${other.slugLine}`);
      issues.push({ file: article.file, line: article.slugLine, message: `duplicate slug "${slug}" (also in ${others.join(', ')})`, slug });
    }
  }
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    articles,
    issues,
    protectedSlugs: new Set(issues.flatMap((issue) => (issue.slug ? [issue.slug] : []))),
    unknownSlugFiles: issues.filter((issue) => !issue.slug).map((issue) => issue.file),
  };
}
