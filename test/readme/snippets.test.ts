/**
 * Every TypeScript snippet of every README type-checks under strict, as a module of the package
 * whose README shows it (so its imports resolve as a reader's would). A snippet may rely on
 * declarations in an HTML comment right above its fence, `<!-- prelude: declare const … -->`,
 * which Markdown does not render; everything else must be in the snippet.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { problemsOf, strictProgram } from '../../scripts/lib/strict-check.ts';
import { ROOT, readmes, type Snippet, snippets } from './readmes.ts';

const all = readmes().flatMap(snippets);

/** The virtual module of a snippet: next to its README, ESM (`.mts`) so top-level await is allowed. */
const fileOf = (s: Snippet) => path.join(ROOT, path.dirname(s.readme), `__readme_line_${s.line}.mts`);

function typeCheck(list: readonly Snippet[]): Map<Snippet, string[]> {
  const sources = new Map(list.map((s) => [fileOf(s), `${s.prelude}\n${s.code}\nexport {};\n`]));
  const program = strictProgram(sources);
  const bySnippet = new Map<Snippet, string[]>(list.map((s) => [s, []]));
  for (const s of list) {
    for (const d of problemsOf(program, fileOf(s))) {
      const preludeLines = s.prelude.split('\n').length;
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      const where = at < preludeLines ? `${s.readme} prelude above line ${s.line - 1}` : `${s.readme}:${s.line + at - preludeLines}`;
      bySnippet.get(s)!.push(`${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return bySnippet;
}

describe('README TypeScript snippets', () => {
  it('are found in the root, package and example READMEs', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((s) => s.readme))).toContain('packages/sdk/README.md');
  });

  it('each type-check under strict', () => {
    const problems = [...typeCheck(all).values()].flat();
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('READMEs', () => {
  it('every package and example has one', async () => {
    const fs = await import('node:fs');
    const dirs = ['packages', 'examples'].flatMap((group) =>
      fs
        .readdirSync(path.join(ROOT, group), { withFileTypes: true })
        .filter((e) => e.isDirectory() && fs.existsSync(path.join(ROOT, group, e.name, 'package.json')))
        .map((e) => `${group}/${e.name}`),
    );
    expect(dirs.filter((dir) => !readmes().includes(`${dir}/README.md`))).toEqual([]);
  });
});
