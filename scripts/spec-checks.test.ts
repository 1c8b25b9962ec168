import { beforeAll, describe, expect, it } from 'vitest';
import { checkResponseDefaults, type Doc, loadBundledSpec, readCorsHeaders } from './lib/spec.ts';

let doc: Doc;
beforeAll(async () => {
  doc = await loadBundledSpec();
}, 60_000);

describe('x-cors', () => {
  it('names every header a client may send and every response header of the spec', () => {
    const { allow, expose } = readCorsHeaders(doc);
    expect(allow.map((h) => h.name)).toEqual([
      'Authorization',
      'X-API-Key',
      'Content-Type',
      'Idempotency-Key',
      'X-Retry-Count',
      'X-Atender-Client',
    ]);
    expect(expose.map((h) => h.name)).toEqual(expect.arrayContaining(['X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After']));
    for (const h of [...allow, ...expose]) expect(h.description, h.name).not.toBe('');
  });

  it('fails when an operation takes a header parameter the allow list misses', () => {
    const copy = structuredClone(doc);
    copy.paths['/api/v1/tags'].get.parameters.push({ name: 'X-Tenant-Hint', in: 'header', schema: { type: 'string' } });
    expect(() => readCorsHeaders(copy)).toThrow(/allowHeaders misses request headers the spec uses: X-Tenant-Hint/);
  });

  it('fails when a security scheme sends a header the allow list misses', () => {
    const copy = structuredClone(doc);
    copy.components.securitySchemes.apiKeyHeader.name = 'X-Atender-Key';
    expect(() => readCorsHeaders(copy)).toThrow(/X-Atender-Key/);
  });

  it('fails when a response declares a header the expose list misses', () => {
    const copy = structuredClone(doc);
    copy.components.responses.NotFound.headers['X-Trace'] = { schema: { type: 'string' } };
    expect(() => readCorsHeaders(copy)).toThrow(/exposeHeaders misses response headers the spec declares: X-Trace/);
  });
});

describe('defaults in answers', () => {
  it('passes on the spec: every defaulted field of a response schema is required', () => {
    expect(() => checkResponseDefaults(doc)).not.toThrow();
  });

  it('fails when a schema an answer uses leaves a defaulted field optional', () => {
    const copy = structuredClone(doc);
    const tag = copy.components.schemas.Tag;
    tag.properties.color.default = '#6B7280';
    tag.required = tag.required.filter((name: string) => name !== 'color');
    expect(() => checkResponseDefaults(copy)).toThrow(/Tag\.color/);
  });

  it('leaves request-only schemas alone', () => {
    expect(doc.components.schemas.TagCreate.properties.color.default).toBeDefined();
    expect(doc.components.schemas.TagCreate.required).not.toContain('color');
  });
});
