import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from './base64url.js';

describe('decodeBase64Url', () => {
  it('decodes the RFC 4648 vectors, unpadded', () => {
    const vectors = { '': '', Zg: 'f', Zm8: 'fo', Zm9v: 'foo', Zm9vYg: 'foob', Zm9vYmE: 'fooba', Zm9vYmFy: 'foobar' };
    for (const [encoded, text] of Object.entries(vectors)) expect(decodeBase64Url(encoded)).toBe(text);
  });

  it('decodes UTF-8 and the URL-safe alphabet', () => {
    expect(decodeBase64Url('w6s')).toBe('ë');
    expect(decodeBase64Url('Pz8-')).toBe('??>');
    expect(decodeBase64Url('Pz8_')).toBe('???');
  });

  it('returns undefined for padding, the standard alphabet, impossible lengths and bad UTF-8', () => {
    for (const bad of ['Zg==', 'Pz8+', 'Pz8/', 'Z', 'Zm9vY', '_w', 'gA']) expect(decodeBase64Url(bad)).toBeUndefined();
  });
});
