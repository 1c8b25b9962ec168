/**
 * What a developer sees while debugging: the identification header, request ids on results,
 * the log (levels, ATENDER_LOG, redaction), Deprecation/Sunset warnings once per path.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, createAtenderClient, SDK_VERSION } from '../src/index.js';
import { recordingLogger, STUB_KEY, stubFetch } from './support/stub-fetch.js';

const ARTICLE = '/api/v1/kb/articles/{articleId}' as const;
const params = { path: { articleId: 'art_1' } };
const baseUrl = 'https://sandbox.atender.io';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('X-Atender-Client', () => {
  it('names the SDK version and the runtime on every request, retries included', async () => {
    const stub = stubFetch((_, index) => (index === 0 ? { status: 503, headers: { 'retry-after': '0' } } : {}));
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, pacing: false });
    await atender.GET(ARTICLE, { params });
    expect(stub.requests).toHaveLength(2);
    const expected = `atender-sdk-js/${SDK_VERSION} node/${process.versions.node}`;
    for (const request of stub.requests) {
      expect(request.headers.get('x-atender-client')).toBe(expected);
      // Node lets a client name itself; browsers keep their own User-Agent.
      expect(request.headers.get('user-agent')).toBe(expected);
    }
  });

  it('carries the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});

describe('requestId on results', () => {
  it('is the X-Request-Id of the answer on every successful call', async () => {
    const stub = stubFetch((_, index) => ({ headers: { 'x-request-id': `req_${index}` } }));
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch });
    expect((await atender.GET(ARTICLE, { params })).requestId).toBe('req_0');
    const created = await atender.POST('/api/v1/tags', { body: { name: 'vip' } as never });
    expect(created.requestId).toBe('req_1');
  });
});

describe('logging', () => {
  it('logs every attempt and answer at debug with redacted headers, and the retry at info', async () => {
    const stub = stubFetch((_, index) => (index === 0 ? { status: 503, headers: { 'retry-after': '0' } } : {}));
    const { logger, lines } = recordingLogger();
    // Pacing off: on a busy machine a granted permit can take long enough to be logged as a wait.
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, logLevel: 'debug', logger, pacing: false });
    await atender.GET(ARTICLE, { params });
    const debug = lines.filter((line) => line.level === 'debug');
    expect(debug.map((line) => line.message)).toEqual([
      expect.stringMatching(/^\[atender\] → GET https:\/\/sandbox\.atender\.io\/api\/v1\/kb\/articles\/art_1$/),
      expect.stringMatching(/^\[atender\] ← 503 GET .* in \d+ ms$/),
      expect.stringMatching(/^\[atender\] → GET .* \(retry 1\)$/),
      expect.stringMatching(/^\[atender\] ← 200 GET .* in \d+ ms$/),
    ]);
    expect(debug[0]?.data?.headers).toMatchObject({ authorization: 'sa_test_…', 'x-atender-client': expect.any(String) });
    expect(debug[3]?.data?.requestId).toBe('req_stub2');
    const info = lines.filter((line) => line.level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toMatch(/GET \/api\/v1\/kb\/articles\/\{articleId\}: retry 1 in 0 ms \(server-error, status 503\)/);
    expect(JSON.stringify(lines)).not.toContain(STUB_KEY);
  });

  it('logs the wait of a paced call at info', async () => {
    // The first answer spends the window (1 s left); the second call waits for the reset.
    const stub = stubFetch((_, index) =>
      index === 0 ? { headers: { 'ratelimit-policy': '"minute";q=1;w=60', ratelimit: '"minute";r=0;t=1' } } : {},
    );
    const { logger, lines } = recordingLogger();
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, logLevel: 'info', logger, pacing: true });
    await atender.GET(ARTICLE, { params });
    await atender.GET(ARTICLE, { params });
    const waits = lines.filter((line) => /waited \d+ ms for rate-limit budget/.test(line.message));
    expect(waits).toHaveLength(1);
    expect(waits[0]?.level).toBe('info');
    expect(waits[0]?.data?.waitedMs).toBeGreaterThan(0);
  });

  it("defaults to ATENDER_LOG, then to 'warn'; an explicit logLevel wins", async () => {
    const stub = stubFetch();
    const run = async (logLevel?: 'off' | 'debug') => {
      const { logger, lines } = recordingLogger();
      await createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, logger, ...(logLevel ? { logLevel } : {}) }).GET(ARTICLE, {
        params,
      });
      return lines;
    };
    expect(await run()).toEqual([]);
    vi.stubEnv('ATENDER_LOG', 'debug');
    expect((await run()).map((line) => line.level)).toEqual(['debug', 'debug']);
    expect(await run('off')).toEqual([]);
    vi.stubEnv('ATENDER_LOG', 'loud');
    const warned = await run();
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ level: 'warn', message: expect.stringContaining('ATENDER_LOG="loud" is not a log level') });
  });

  it('refuses an unknown logLevel and a logger without the four methods', () => {
    expect(() => createAtenderClient({ apiKey: STUB_KEY, logLevel: 'verbose' as never })).toThrow(ConfigurationError);
    expect(() => createAtenderClient({ apiKey: STUB_KEY, logger: { warn() {} } as never })).toThrow(/debug, info, warn and error/);
  });

  it('keeps a call working when the logger throws', async () => {
    const stub = stubFetch();
    const boom = () => {
      throw new Error('logger down');
    };
    const atender = createAtenderClient({
      apiKey: STUB_KEY,
      baseUrl,
      fetch: stub.fetch,
      logLevel: 'debug',
      logger: { debug: boom, info: boom, warn: boom, error: boom },
    });
    await expect(atender.GET(ARTICLE, { params })).resolves.toMatchObject({ data: { ok: true } });
  });
});

describe('Deprecation and Sunset', () => {
  const retiring = {
    deprecation: '@1780000000',
    sunset: 'Wed, 30 Jun 2027 23:59:59 GMT',
    link: '<https://docs.atender.io/migrate>; rel="deprecation"',
  };

  it('warns once per method and path, with the dates and the migration link', async () => {
    const stub = stubFetch(() => ({ headers: retiring }));
    const { logger, lines } = recordingLogger();
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, logger });
    await atender.GET(ARTICLE, { params });
    await atender.GET(ARTICLE, { params: { path: { articleId: 'art_2' } } });
    await atender.GET('/api/v1/contacts');
    expect(lines.map((line) => [line.level, line.message])).toEqual([
      [
        'warn',
        '[atender] GET /api/v1/kb/articles/{articleId} is deprecated (since 2026-05-28T20:26:40.000Z) and will stop working after Wed, 30 Jun 2027 23:59:59 GMT. See https://docs.atender.io/migrate.',
      ],
      ['warn', expect.stringMatching(/^\[atender\] GET \/api\/v1\/contacts is deprecated/)],
    ]);
  });

  it('says nothing below warn, or for answers without the headers', async () => {
    const quiet = recordingLogger();
    const deprecated = stubFetch(() => ({ headers: retiring }));
    await createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: deprecated.fetch, logger: quiet.logger, logLevel: 'error' }).GET(
      ARTICLE,
      {
        params,
      },
    );
    const plain = recordingLogger();
    await createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stubFetch().fetch, logger: plain.logger }).GET(ARTICLE, { params });
    expect([...quiet.lines, ...plain.lines]).toEqual([]);
  });
});

describe('identification headers per runtime', () => {
  it('names Deno, Bun, workerd and browsers, and leaves a browser its own User-Agent', async () => {
    const { identityHeaders, runtimeOf } = await import('../src/internal/client-identity.js');
    expect(runtimeOf({ Deno: { version: { deno: '2.1.4' } }, process: { versions: { node: '20.0.0' } } })).toBe('deno/2.1.4');
    expect(runtimeOf({ Bun: { version: '1.2.0' }, process: { versions: { node: '22.6.0' } } })).toBe('bun/1.2.0');
    expect(runtimeOf({ navigator: { userAgent: 'Cloudflare-Workers' } })).toBe('workerd/unknown');
    expect(runtimeOf({ EdgeRuntime: 'edge-runtime' })).toBe('edge-runtime/unknown');
    const page = { document: {}, navigator: { userAgent: 'Mozilla/5.0' } };
    expect(identityHeaders(page)).toEqual({ 'x-atender-client': `atender-sdk-js/${SDK_VERSION} browser/unknown` });
    expect(identityHeaders({ process: { versions: { node: '20.20.2' } } })).toEqual({
      'x-atender-client': `atender-sdk-js/${SDK_VERSION} node/20.20.2`,
      'user-agent': `atender-sdk-js/${SDK_VERSION} node/20.20.2`,
    });
  });
});
