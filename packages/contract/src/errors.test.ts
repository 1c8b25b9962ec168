import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodesForStatus, errorStatus, isErrorCode } from './errors.js';
import {
  AUTHENTICATION_ERROR_CODES,
  CONFLICT_ERROR_CODES,
  ERROR_CODES,
  ERROR_STATUS,
  ERROR_TITLES,
  PERMISSION_ERROR_CODES,
  SERVER_ERROR_CODES,
} from './generated/errors.js';

describe('isErrorCode', () => {
  it('accepts every code of the table', () => {
    for (const code of ERROR_CODES) expect(isErrorCode(code)).toBe(true);
  });

  it('rejects other case, unknown strings, inherited names and non-strings', () => {
    for (const bad of ['not_found', 'NOT FOUND', '', 'toString', 'constructor', 404, null, undefined, {}]) {
      expect(isErrorCode(bad)).toBe(false);
    }
  });
});

describe('errorStatus', () => {
  it('gives the status of known codes', () => {
    expect(errorStatus('VALIDATION_FAILED')).toBe(400);
    expect(errorStatus('API_KEY_MISSING')).toBe(401);
    expect(errorStatus('INSUFFICIENT_SCOPE')).toBe(403);
    expect(errorStatus('RATE_LIMITED')).toBe(429);
    expect(errorStatus('SERVICE_UNAVAILABLE')).toBe(503);
  });

  it('gives undefined for an unknown code or a non-string', () => {
    expect(errorStatus('TEAPOT')).toBeUndefined();
    expect(errorStatus('hasOwnProperty')).toBeUndefined();
    expect(errorStatus(418 as never)).toBeUndefined();
  });

  it('agrees with ERROR_STATUS, and every code has a title', () => {
    for (const code of ERROR_CODES) {
      expect(errorStatus(code)).toBe(ERROR_STATUS[code]);
      expect(ERROR_TITLES[code]).toMatch(/\S/);
    }
  });
});

describe('errorCodesForStatus', () => {
  it('matches the generated per-status groups', () => {
    expect(errorCodesForStatus(401)).toEqual([...AUTHENTICATION_ERROR_CODES]);
    expect(errorCodesForStatus(403)).toEqual([...PERMISSION_ERROR_CODES]);
    expect(errorCodesForStatus(409)).toEqual([...CONFLICT_ERROR_CODES]);
    expect([...errorCodesForStatus(500), ...errorCodesForStatus(503)]).toEqual([...SERVER_ERROR_CODES]);
  });

  it('is empty for a status without codes', () => {
    expect(errorCodesForStatus(200)).toEqual([]);
    expect(errorCodesForStatus(Number.NaN)).toEqual([]);
  });

  it('law: partitions the codes — each code is listed under its own status only', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ERROR_CODES), fc.integer({ min: 100, max: 599 }), (code, status) => {
        return errorCodesForStatus(status).includes(code) === (ERROR_STATUS[code] === status);
      }),
    );
  });
});
