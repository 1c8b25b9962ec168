/**
 * The READMEs a newcomer reads (root, packages, examples) and what they tell them to run:
 * `pnpm …` commands and TypeScript snippets, with the README line each starts on.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every README of the repo a user reads: the root's, each package's, each example's. */
export function readmes(): string[] {
  const inside = (dir: string) =>
    fs
      .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(dir, entry.name, 'README.md'));
  return ['README.md', ...inside('packages'), ...inside('examples')].filter((rel) => fs.existsSync(path.join(ROOT, rel)));
}

/** A fenced TypeScript block: its code, the README line of its first code line, and a prelude. */
export interface Snippet {
  readonly readme: string;
  readonly line: number;
  readonly code: string;
  /** Declarations from an HTML comment `<!-- prelude: … -->` right above the fence (not rendered). */
  readonly prelude: string;
}

/** Every ```ts / ```typescript block of a README. */
export function snippets(readme: string): Snippet[] {
  const lines = fs.readFileSync(path.join(ROOT, readme), 'utf8').split('\n');
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`${readme}:${i + 1}: unclosed code block`);
    const above = lines[i - 1] ?? '';
    const prelude = /^<!--\s*prelude:\s*([\s\S]*?)\s*-->$/.exec(above)?.[1] ?? '';
    found.push({ readme, line: i + 2, code: lines.slice(i + 1, end).join('\n'), prelude });
    i = end;
  }
  return found;
}

/** A `pnpm` command of a README's Commands table, as written in its first column. */
export interface TableCommand {
  readonly readme: string;
  readonly line: number;
  /** e.g. `pnpm generate`. */
  readonly command: string;
}

/** The first-column commands of the `## Commands` table. */
export function commandsTable(readme: string): TableCommand[] {
  const lines = fs.readFileSync(path.join(ROOT, readme), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^##\s+Commands\s*$/.test(l));
  if (start < 0) return [];
  const found: TableCommand[] = [];
  for (let i = start + 1; i < lines.length && !lines[i]!.startsWith('## '); i++) {
    const cell = /^\|\s*`([^`]+)`\s*\|/.exec(lines[i]!);
    if (cell) found.push({ readme, line: i + 1, command: cell[1]! });
  }
  return found;
}
