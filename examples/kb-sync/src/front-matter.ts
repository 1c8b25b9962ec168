/**
 * Reads one Markdown file: YAML front matter between `---` fences, then the body. Every problem
 * is reported with the 1-based line it sits on, so an author can jump straight to it.
 */
import type { KbArticleStatus } from '@atender/contract';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';

/** An article as the file describes it; optional fields are present only when the file sets them. */
export interface ArticleSource {
  /** Path relative to the vault, with `/` separators. */
  readonly file: string;
  readonly slug: string;
  /** The line that set the slug (1 when it came from the file name). */
  readonly slugLine: number;
  readonly title: string;
  readonly body: string;
  // "Update only what changed" compares only what the file owns: a key left out of the front
  // matter leaves the remote value alone, while `null` or `[]` clears it.
  readonly status?: KbArticleStatus;
  readonly category?: string | null;
  readonly subcategory?: string | null;
  readonly tags?: readonly string[];
}

/** A file that cannot be synced, and where to look. */
export interface FileIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** The slug the file meant, when it could still be read; such slugs are never pruned. */
  readonly slug?: string;
}

/** What reading one file gives: an article, or an issue. */
export type ParsedFile = { readonly ok: true; readonly article: ArticleSource } | { readonly ok: false; readonly issue: FileIssue };

/** The slug pattern of the spec's `KbArticle.slug`, `KbCategory.slug` and `KbTag.slug`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES: readonly KbArticleStatus[] = ['draft', 'published', 'archived'];

/**
 * Turns a display name into a slug the API accepts: `"Returns & exchanges"` → `"returns-exchanges"`.
 * Returns `''` when nothing usable is left.
 */
export function slugify(name: string, maxLength = 120): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

class IssueAt extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

interface Split {
  readonly yaml: string;
  readonly body: string;
}

function splitFrontMatter(text: string): Split {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') throw new IssueAt(1, 'no front matter: the file must start with a "---" line');
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) throw new IssueAt(1, 'front matter is not closed: add a "---" line after it');
  const body = lines
    .slice(end + 1)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  return { yaml: lines.slice(1, end).join('\n'), body };
}

// A last-resort look at a broken file, so its article is still protected from --prune.
function guessSlug(text: string): string | undefined {
  const match = /^slug:\s*['"]?([a-z0-9-]+)['"]?\s*$/m.exec(text);
  return match?.[1] !== undefined && SLUG_PATTERN.test(match[1]) ? match[1] : undefined;
}

/**
 * Parses one Markdown file with front matter into an article, or an issue naming the line.
 *
 * @param file - path relative to the vault, used in messages and as the fallback slug.
 */
export function parseArticleFile(file: string, raw: string): ParsedFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  try {
    return { ok: true, article: readArticle(file, text) };
  } catch (error) {
    if (!(error instanceof IssueAt)) throw error;
    const slug = guessSlug(text) ?? fileSlug(file);
    return { ok: false, issue: { file, line: error.line, message: error.message, ...(slug ? { slug } : {}) } };
  }
}

function fileSlug(file: string): string | undefined {
  const base = file.split('/').pop()!.replace(/\.md$/i, '');
  return SLUG_PATTERN.test(base) ? base : undefined;
}

function readArticle(file: string, text: string): ArticleSource {
  const { yaml, body } = splitFrontMatter(text);
  const fields = readYamlFields(yaml);
  const title = fields.string('title', 200);
  if (title === undefined) throw new IssueAt(1, 'front matter has no "title"');
  const slugFromFile = fileSlug(file);
  const slug = fields.slug('slug') ?? slugFromFile;
  if (slug === undefined) throw new IssueAt(1, 'no "slug" in front matter and the file name is not a valid slug');
  const category = fields.nullableString('category', 100);
  const subcategory = fields.nullableString('subcategory', 100);
  if (subcategory && !category) throw new IssueAt(fields.line('subcategory'), '"subcategory" needs a "category"');
  for (const key of ['category', 'subcategory'] as const) {
    const name = key === 'category' ? category : subcategory;
    if (name && slugify(name) === '') throw new IssueAt(fields.line(key), `"${key}" needs letters or digits to make a slug from`);
  }
  const status = fields.status('status');
  const tags = fields.tags('tags');
  return {
    file,
    slug,
    slugLine: fields.has('slug') ? fields.line('slug') : 1,
    title,
    body,
    ...(status !== undefined && { status }),
    ...(category !== undefined && { category }),
    ...(subcategory !== undefined && { subcategory }),
    ...(tags !== undefined && { tags }),
  };
}

/** Typed, line-aware access to the front matter's top-level keys. */
interface Fields {
  has(key: string): boolean;
  line(key: string): number;
  string(key: string, max: number): string | undefined;
  nullableString(key: string, max: number): string | null | undefined;
  slug(key: string): string | undefined;
  status(key: string): KbArticleStatus | undefined;
  tags(key: string): string[] | undefined;
}

function readYamlFields(source: string): Fields {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
  // The YAML starts on line 2 of the file, after the opening fence.
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  const [first] = doc.errors;
  if (first) {
    const line = first.code === 'DUPLICATE_KEY' ? lineOf(first.pos[0]) : errorLine(doc.contents, first.pos[0], lineOf);
    throw new IssueAt(line, `broken front matter: ${first.message.split(' at line')[0]}`);
  }
  if (doc.contents === null) throw new IssueAt(1, 'front matter is empty');
  if (!isMap(doc.contents)) throw new IssueAt(2, 'front matter must be a mapping of "key: value" lines');
  const nodes = new Map<string, { line: number; node: Node | null }>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    // Other keys (author, description, aliases…) belong to other tools and are left alone.
    nodes.set(key, { line: lineOf((pair.key as Node | null)?.range?.[0] ?? 0), node: (pair.value as Node | null) ?? null });
  }
  return createFields(nodes);
}

/**
 * The line to show for a YAML error: that of the last top-level key starting before it. yaml
 * places an unclosed quote's or bracket's error where the text ends, but the author has to fix
 * the key where it opened.
 */
function errorLine(contents: unknown, offset: number, lineOf: (offset: number) => number): number {
  const starts = isMap(contents)
    ? contents.items.map((pair) => (pair.key as Node | null)?.range?.[0] ?? 0).filter((start) => start < offset)
    : [];
  return lineOf(starts.length > 0 ? Math.max(...starts) : offset);
}

function createFields(nodes: Map<string, { line: number; node: Node | null }>): Fields {
  const value = (key: string): unknown => {
    const node = nodes.get(key)?.node;
    return node ? node.toJSON() : null;
  };
  const line = (key: string) => nodes.get(key)?.line ?? 1;
  const fields: Fields = {
    has: (key) => nodes.has(key),
    line,
    string(key, max) {
      if (!nodes.has(key)) return undefined;
      const v = value(key);
      if (typeof v !== 'string' || v.trim() === '') throw new IssueAt(line(key), `"${key}" must be non-empty text`);
      if (v.length > max) throw new IssueAt(line(key), `"${key}" is longer than ${max} characters`);
      return v.trim();
    },
    nullableString: (key, max) => (nodes.has(key) && value(key) === null ? null : fields.string(key, max)),
    slug(key) {
      const v = fields.string(key, 120);
      if (v !== undefined && !SLUG_PATTERN.test(v))
        throw new IssueAt(line(key), `"${key}" must be lowercase words joined by "-", got "${v}"`);
      return v;
    },
    status(key) {
      const v = fields.string(key, 20);
      if (v !== undefined && !STATUSES.includes(v as KbArticleStatus))
        throw new IssueAt(line(key), `"${key}" must be one of ${STATUSES.join(', ')}, got "${v}"`);
      return v as KbArticleStatus | undefined;
    },
    tags: (key) => (nodes.has(key) ? readTags(value(key), line(key)) : undefined),
  };
  return fields;
}

function readTags(v: unknown, line: number): string[] {
  if (v === null) return [];
  if (!Array.isArray(v)) throw new IssueAt(line, '"tags" must be a list, e.g. [returns, refunds]');
  const tags = v.map((tag) => (typeof tag === 'number' ? String(tag) : tag));
  for (const tag of tags) {
    if (typeof tag !== 'string' || slugify(tag, 60) === '')
      throw new IssueAt(line, `"tags" has an entry that is not a usable name: ${JSON.stringify(tag)}`);
    if (tag.length > 60) throw new IssueAt(line, `tag "${tag}" is longer than 60 characters`);
  }
  return [...new Set(tags as string[])];
}
