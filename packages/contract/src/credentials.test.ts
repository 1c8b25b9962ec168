import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_URLS, environmentOfHost, isPublishableKey, isSecretKey, parseCredential, redactCredential } from './credentials.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
const LIVE = `sa_live_${BODY}`;
const TEST = `sa_test_${BODY}`;
const PK_LIVE = `sa_pk_live_${BODY}`;
const PK_TEST = `sa_pk_test_${BODY}`;

/** UTF-8 + base64url by hand: the contract's tsconfig has neither DOM nor Node globals. */
function base64url(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = encodeURIComponent(text)
    .replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .split('')
    .map((char) => char.charCodeAt(0));
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  return (bits.match(/.{1,6}/g) ?? []).map((chunk) => alphabet[Number.parseInt(chunk.padEnd(6, '0'), 2)]).join('');
}
const jwt = (header: unknown, payload: unknown, signature = 'c2lnbmF0dXJl') =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${signature}`;
const SESSION = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'usr_1', exp: 2_000_000_000, name: 'Zoë' });

const body = (min: number) => fc.string({ unit: fc.constantFrom(...BASE62), minLength: min, maxLength: 64 });
const prefix = fc.constantFrom('sa_live_', 'sa_test_', 'sa_pk_live_', 'sa_pk_test_');

describe('parseCredential: API keys', () => {
  it.each([
    [LIVE, 'secret', 'production', 'sa_live_'],
    [TEST, 'secret', 'sandbox', 'sa_test_'],
    [PK_LIVE, 'publishable', 'production', 'sa_pk_live_'],
    [PK_TEST, 'publishable', 'sandbox', 'sa_pk_test_'],
  ])('reads %s', (key, kind, environment, keyPrefix) => {
    expect(parseCredential(key)).toMatchObject({ ok: true, kind, environment, prefix: keyPrefix, value: key });
  });

  it('strips a Bearer scheme of any case and surrounding whitespace', () => {
    for (const raw of [`Bearer ${LIVE}`, `bearer ${LIVE}`, `BEARER   ${LIVE}`, `  ${LIVE}\n`, `\tBearer ${LIVE} `]) {
      expect(parseCredential(raw)).toMatchObject({ ok: true, kind: 'secret', value: LIVE });
    }
  });

  it('accepts exactly 32 body characters and more, not 31', () => {
    expect(parseCredential(`sa_live_${'a'.repeat(32)}`).ok).toBe(true);
    expect(parseCredential(`sa_live_${'a'.repeat(80)}`).ok).toBe(true);
    expect(parseCredential(`sa_live_${'a'.repeat(31)}`)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('rejects non-base62 bodies and unknown sa_ prefixes as malformed', () => {
    for (const raw of [`sa_live_${BODY}-`, `sa_live_${BODY.slice(1)}_`, `sa_prod_${BODY}`, `sa_pk_${BODY}`, `SA_LIVE_${BODY}`]) {
      expect(parseCredential(raw)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('keeps the credential out of JSON and enumerable keys', () => {
    const parsed = parseCredential(LIVE);
    expect(JSON.stringify(parsed)).not.toContain(BODY);
    expect(Object.keys(parsed)).not.toContain('value');
  });
});

describe('parseCredential: session tokens', () => {
  it('decodes a JWT without verifying it', () => {
    const parsed = parseCredential(`Bearer ${SESSION}`);
    expect(parsed).toMatchObject({ ok: true, kind: 'session', environment: null, prefix: null, value: SESSION });
    if (parsed.ok && parsed.kind === 'session') {
      expect(parsed.header.alg).toBe('HS256');
      expect(parsed.claims).toEqual({ sub: 'usr_1', exp: 2_000_000_000, name: 'Zoë' });
    }
  });

  it('leaves claims null when the payload is not a JSON object', () => {
    const token = `${base64url('{"alg":"none"}')}.${base64url('not json')}.`;
    expect(parseCredential(token)).toMatchObject({ ok: true, kind: 'session', claims: null });
  });

  it('rejects JWT-shaped strings whose header is not JSON with an alg', () => {
    for (const token of [
      jwt({ typ: 'JWT' }, {}),
      jwt({ alg: 42 }, {}),
      jwt(['alg'], {}),
      `${base64url('not json')}.${base64url('{}')}.sig`,
      `\xff\xfe.${base64url('{}')}.sig`,
      `${base64url('{"alg":"HS256"}')}==.e30.sig`,
      'a.b.c.d',
      'e30.e30',
    ]) {
      expect(parseCredential(token)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });
});

describe('parseCredential: missing and malformed input', () => {
  it.each([undefined, null, '', '   ', 'Bearer', 'Bearer   ', 'bearer\t'])('calls %j missing', (raw) => {
    expect(parseCredential(raw)).toMatchObject({ ok: false, reason: 'missing', message: 'No credential was sent.' });
  });

  it.each([42, {}, [], true, Symbol('k')])('calls a %s malformed, naming only its type', (raw) => {
    expect(parseCredential(raw)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('rejects free text, Basic auth and huge inputs as malformed', () => {
    for (const raw of ['hello', 'Basic dXNlcjpwYXNz', `sa_live_${'a'.repeat(10_000)}`]) {
      expect(parseCredential(raw)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('law: never crashes on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (raw) => typeof parseCredential(raw).ok === 'boolean'));
  });

  it('law: a failure message never echoes the credential body', () => {
    // Near-miss keys: right prefix, body too short or with a stray character.
    const nearMiss = fc.tuple(prefix, body(8), fc.constantFrom('', '-', '!', ' x', '.'), body(0)).map((p) => p.join(''));
    const jwtLike = fc.tuple(body(12), body(12), body(12)).map((p) => p.join('.'));
    fc.assert(
      fc.property(fc.oneof(nearMiss, jwtLike, body(12)), fc.constantFrom('', 'Bearer '), (secret, scheme) => {
        const parsed = parseCredential(scheme + secret);
        const bodyPart = secret.replace(/^sa_(pk_)?(live|test)_/, '');
        return parsed.ok || (!parsed.message.includes(bodyPart) && !parsed.message.includes(secret));
      }),
    );
  });
});

describe('redactCredential', () => {
  it('shows only the kind prefix and an ellipsis', () => {
    expect(redactCredential(LIVE)).toBe('sa_live_…');
    expect(redactCredential(`Bearer ${PK_TEST}`)).toBe('sa_pk_test_…');
    expect(redactCredential(SESSION)).toBe('jwt…');
  });

  it('adds the last four characters of a well-formed key only on request', () => {
    expect(redactCredential(TEST, { lastFour: true })).toBe(`sa_test_…${BODY.slice(-4)}`);
    expect(redactCredential(SESSION, { lastFour: true })).toBe('jwt…');
  });

  it('keeps the public prefix of a malformed key and hides everything else', () => {
    expect(redactCredential('sa_live_short')).toBe('sa_live_…');
    expect(redactCredential('hunter2')).toBe('[redacted]');
    expect(redactCredential(undefined)).toBe('[none]');
    expect(redactCredential(42)).toBe('[redacted]');
  });

  it('law: reveals at most the last four characters of the body', () => {
    fc.assert(
      fc.property(prefix, body(32), fc.boolean(), (keyPrefix, keyBody, lastFour) => {
        const shown = redactCredential(keyPrefix + keyBody, { lastFour });
        return shown === `${keyPrefix}…${lastFour ? keyBody.slice(-4) : ''}`;
      }),
    );
  });
});

describe('isSecretKey / isPublishableKey', () => {
  it('recognise exact keys of their own kind only', () => {
    expect(isSecretKey(LIVE) && isSecretKey(TEST)).toBe(true);
    expect(isPublishableKey(PK_LIVE) && isPublishableKey(PK_TEST)).toBe(true);
    expect(isSecretKey(PK_LIVE) || isPublishableKey(LIVE)).toBe(false);
  });

  it('reject wrapped, short, session and non-string values', () => {
    for (const value of [`Bearer ${LIVE}`, ` ${LIVE}`, 'sa_live_short', SESSION, 42, null, undefined]) {
      expect(isSecretKey(value)).toBe(false);
      expect(isPublishableKey(value)).toBe(false);
    }
  });
});

describe('environmentOfHost / BASE_URLS', () => {
  it('maps the two API hosts, in any form', () => {
    expect(environmentOfHost('api.atender.io')).toBe('production');
    expect(environmentOfHost('sandbox.atender.io')).toBe('sandbox');
    expect(environmentOfHost('API.Atender.IO:443')).toBe('production');
    expect(environmentOfHost('sandbox.atender.io.')).toBe('sandbox');
    expect(environmentOfHost('https://sandbox.atender.io/api/v1/contacts?x=1')).toBe('sandbox');
  });

  it('gives undefined for any other host', () => {
    for (const host of ['atender.io', 'evil-api.atender.io', 'api.atender.io.evil.com', 'localhost:4010', '', 42 as never]) {
      expect(environmentOfHost(host)).toBeUndefined();
    }
  });

  it('agrees with BASE_URLS', () => {
    for (const [environment, url] of Object.entries(BASE_URLS)) expect(environmentOfHost(url.replace(/^https:\/\//, ''))).toBe(environment);
  });
});
