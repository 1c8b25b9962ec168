import { describe, expect, it } from 'vitest';
import { validateRequest, validateResponse } from './validation.js';

const parts = (extra: Partial<Parameters<typeof validateRequest>[1]> = {}) => ({
  params: {},
  query: new URLSearchParams(),
  headers: new Headers(),
  body: undefined,
  ...extra,
});

describe('validateRequest', () => {
  it('coerces query values per schema', () => {
    const result = validateRequest('listKbArticles', parts({ query: new URLSearchParams('limit=5&status=published') }));
    expect(result).toEqual({ ok: true, query: { limit: 5, status: 'published' } });
  });

  it('splits comma-separated arrays', () => {
    const result = validateRequest('searchWorkspace', parts({ query: new URLSearchParams('q=refund&types=contact,article') }));
    expect(result.ok && result.query.types).toEqual(['contact', 'article']);
  });

  it('names each failing field with a JSON pointer', () => {
    const result = validateRequest(
      'createKbArticle',
      parts({
        query: new URLSearchParams(),
        headers: new Headers({ 'Idempotency-Key': 'x'.repeat(300) }),
        body: { value: { slug: 'Bad Slug', extra: 1 } },
      }),
    );
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/header/Idempotency-Key', '/body/slug', '/body/title', '/body/body', '/body/extra']));
  });

  it('reports a missing required body and bad query numbers', () => {
    const missing = validateRequest('createKbArticle', parts());
    expect(missing.ok ? [] : missing.errors).toEqual([{ path: '/body', message: 'must be a JSON body' }]);
    const badLimit = validateRequest('listKbArticles', parts({ query: new URLSearchParams('limit=0') }));
    expect(badLimit.ok ? [] : badLimit.errors.map((e) => e.path)).toEqual(['/query/limit']);
  });
});

describe('validateResponse', () => {
  const problem = {
    type: 'https://docs.atender.io/errors/not-found',
    title: 'No such resource.',
    status: 404,
    code: 'NOT_FOUND',
    requestId: 'req_1',
  };

  it('accepts declared statuses, including the 5XX range', () => {
    expect(validateResponse('getKbArticle', 404, problem)).toEqual({ ok: true });
    expect(validateResponse('getKbArticle', 503, { ...problem, status: 503, code: 'SERVICE_UNAVAILABLE' })).toEqual({ ok: true });
  });

  it('rejects undeclared statuses, bad bodies and bad headers', () => {
    expect(validateResponse('listKbArticles', 404, problem).ok).toBe(false);
    expect(validateResponse('getKbArticle', 200, { id: 1 }).ok).toBe(false);
    const headers = new Headers({ 'content-type': 'application/problem+json', 'Retry-After': 'soon' });
    const limited = { ...problem, status: 429, code: 'RATE_LIMITED', window: 'minute', limit: 5, retryAfterSeconds: 3 };
    const verdict = validateResponse('getKbArticle', 429, limited, headers);
    expect(verdict.ok ? [] : verdict.errors).toEqual([expect.stringMatching(/^header retry-after/)]);
  });
});
