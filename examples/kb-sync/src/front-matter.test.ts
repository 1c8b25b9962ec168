import { describe, expect, it } from 'vitest';
import { parseArticleFile, slugify } from './front-matter.js';

const file = (front: string, body = 'Body text.') => `---\n${front}\n---\n\n${body}\n`;

describe('parseArticleFile', () => {
  it('reads every field and keeps the body', () => {
    const result = parseArticleFile(
      'orders/track.md',
      file(
        'title: Track your order\nslug: track-your-order\nstatus: published\ncategory: Orders\nsubcategory: Tracking\ntags: [orders, tracking]',
      ),
    );
    expect(result).toEqual({
      ok: true,
      article: {
        file: 'orders/track.md',
        slug: 'track-your-order',
        slugLine: 3,
        title: 'Track your order',
        body: 'Body text.',
        status: 'published',
        category: 'Orders',
        subcategory: 'Tracking',
        tags: ['orders', 'tracking'],
      },
    });
  });

  it('owns only the keys the file sets, and takes the slug from the file name', () => {
    const result = parseArticleFile('a/start-a-return.md', file('title: Start a return'));
    expect(result.ok && result.article).toEqual({
      file: 'a/start-a-return.md',
      slug: 'start-a-return',
      slugLine: 1,
      title: 'Start a return',
      body: 'Body text.',
    });
  });

  it('normalises CRLF and a BOM', () => {
    const result = parseArticleFile('x.md', '\uFEFF---\r\ntitle: X\r\n---\r\nLine one\r\nLine two\r\n');
    expect(result.ok && result.article.body).toBe('Line one\nLine two');
  });

  it.each([
    ['no front matter', 'Just text', 1, /no front matter/],
    ['unclosed front matter', '---\ntitle: X\n', 1, /not closed/],
    ['broken YAML', '---\ntitle: X\ntags: [a, b\nslug: y\n---\n', 3, /broken front matter/],
    ['unclosed quote', '---\ntitle: "Track\nslug: y\n---\nbody', 2, /broken front matter/],
    ['missing title', '---\nslug: y\n---\nbody', 1, /no "title"/],
    ['empty title', '---\nslug: y\ntitle: ""\n---\nbody', 3, /"title" must be non-empty/],
    ['bad slug', '---\ntitle: T\nslug: Not A Slug\n---\n', 3, /"slug" must be lowercase/],
    ['bad status', '---\ntitle: T\nstatus: live\n---\n', 3, /"status" must be one of draft, published, archived/],
    ['tags not a list', '---\ntitle: T\ntags: returns\n---\n', 3, /"tags" must be a list/],
    ['subcategory without category', '---\ntitle: T\nsubcategory: Tracking\n---\n', 3, /needs a "category"/],
    ['duplicate key', '---\ntitle: T\ntitle: U\n---\n', 3, /broken front matter: Map keys must be unique/],
  ])('reports %s with its line', (_, text, line, message) => {
    const result = parseArticleFile('bad.md', text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.line).toBe(line);
      expect(result.issue.message).toMatch(message);
    }
  });

  it('still finds the slug of a broken file, so --prune can spare its article', () => {
    const result = parseArticleFile('Broken File.md', '---\ntitle: "oops\nslug: kept-article\n---\n');
    expect(!result.ok && result.issue.slug).toBe('kept-article');
  });
});

describe('slugify', () => {
  it.each([
    ['Returns & exchanges', 'returns-exchanges'],
    ['  Care – Down Jackets ', 'care-down-jackets'],
    ['Über Größe', 'uber-grosse'],
    ['!!!', ''],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
