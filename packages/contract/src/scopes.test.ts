import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, type OperationId } from './generated/operations.js';
import { SCOPE_BUNDLE_NAMES, SCOPE_BUNDLES, SCOPES, Scope } from './generated/scopes.js';
import {
  expandBundle,
  expandScopes,
  hasScope,
  impliedScopes,
  isScope,
  isScopeBundle,
  minimumScopes,
  normalizeScopes,
  type OperationRef,
} from './scopes.js';

const scope = fc.constantFrom(...SCOPES);
const scopes = fc.array(scope, { maxLength: 12 });
const operation = fc.constantFrom(...OPERATIONS);
const surfaceOf = (s: string) => s.split(':')[0];
const writes = SCOPES.filter((s) => s.endsWith(':write'));

/** A concrete path for a templated one, as a caller would send it. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, 'id_42');

describe('isScope / isScopeBundle', () => {
  it('accepts every scope and bundle of the tables', () => {
    for (const s of SCOPES) expect(isScope(s)).toBe(true);
    for (const b of SCOPE_BUNDLE_NAMES) expect(isScopeBundle(b)).toBe(true);
  });

  it('rejects typos, other types and inherited property names', () => {
    for (const bad of ['knowledge:wirte', 'KNOWLEDGE:READ', '', 'toString', 'constructor', 42, null, undefined, {}]) {
      expect(isScope(bad)).toBe(false);
      expect(isScopeBundle(bad)).toBe(false);
    }
    expect(isScopeBundle('knowledge:read')).toBe(false);
    expect(isScope('basic')).toBe(false);
  });
});

describe('impliedScopes', () => {
  it('adds the read of the same surface to a write', () => {
    expect(impliedScopes(Scope.KnowledgeWrite)).toEqual(['knowledge:write', 'knowledge:read']);
  });

  it('returns a read alone', () => {
    expect(impliedScopes('tags:read')).toEqual(['tags:read']);
  });

  it('throws a TypeError naming the bad scope and suggesting the right one', () => {
    expect(() => impliedScopes('knowledge:wirte' as Scope)).toThrow(TypeError);
    expect(() => impliedScopes('knowledge:wirte' as Scope)).toThrow(/"knowledge:wirte".*Did you mean "knowledge:write"/);
  });
});

describe('hasScope', () => {
  it('needs nothing for a null requirement', () => {
    expect(hasScope([], null)).toBe(true);
  });

  it('lets a write grant the read of its surface, never the other way round', () => {
    expect(hasScope(['knowledge:write'], 'knowledge:read')).toBe(true);
    expect(hasScope(['knowledge:read'], 'knowledge:write')).toBe(false);
    expect(hasScope(['contacts:write'], 'knowledge:read')).toBe(false);
  });

  it('accepts any iterable, including a Set and a one-shot generator', () => {
    function* granted(): Generator<Scope> {
      yield 'tags:read';
      yield 'contacts:write';
    }
    expect(hasScope(new Set<Scope>(['tags:read']), 'tags:read')).toBe(true);
    expect(hasScope(granted(), 'contacts:read')).toBe(true);
  });

  it('lets unknown granted strings grant nothing instead of throwing', () => {
    expect(hasScope(['knowledge:*' as Scope, 'admin' as Scope], 'knowledge:read')).toBe(false);
  });

  it('law: a write implies the read on the same surface', () => {
    fc.assert(
      fc.property(fc.constantFrom(...writes), (write) => {
        const read = `${surfaceOf(write)}:read`;
        return !isScope(read) || hasScope([write], read);
      }),
    );
  });

  it('law: monotone — granting more never removes a permission', () => {
    fc.assert(
      fc.property(scopes, scopes, scope, (granted, extra, required) => {
        return !hasScope(granted, required) || hasScope([...granted, ...extra], required);
      }),
    );
  });

  it('law: a scope is granted exactly by itself or the write of its surface', () => {
    fc.assert(
      fc.property(scopes, scope, (granted, required) => {
        const expected = granted.some((g) => g === required || (g.endsWith(':write') && `${surfaceOf(g)}:read` === required));
        return hasScope(granted, required) === expected;
      }),
    );
  });
});

describe('expandBundle', () => {
  it('expands a bundle to its declared members', () => {
    expect(expandBundle('basic')).toEqual(['contacts:read', 'conversations:read', 'tags:read']);
    expect(expandBundle('analytics_only').sort()).toEqual(['analytics:read', 'conversations:read']);
  });

  it('returns a fresh array each time', () => {
    const first = expandBundle('basic');
    first.pop();
    expect(expandBundle('basic')).toHaveLength(SCOPE_BUNDLES.basic.length);
  });

  it('throws a TypeError naming the unknown bundle and listing the valid ones', () => {
    const call = () => expandBundle('read-all' as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/"read-all" is not a scope bundle\. Did you mean "read_all"\?/);
    for (const name of SCOPE_BUNDLE_NAMES) expect(call).toThrow(new RegExp(`"${name}"`));
  });

  it('law: every bundle expands to valid scopes only, full_access to all of them', () => {
    fc.assert(fc.property(fc.constantFrom(...SCOPE_BUNDLE_NAMES), (bundle) => expandBundle(bundle).every(isScope)));
    expect(new Set(expandBundle('full_access'))).toEqual(new Set(SCOPES));
  });
});

describe('expandScopes', () => {
  it('mixes scopes and bundles, de-duplicated and sorted', () => {
    expect(expandScopes(['tags:read', 'basic', 'knowledge:read', 'tags:read'])).toEqual([
      'contacts:read',
      'conversations:read',
      'knowledge:read',
      'tags:read',
    ]);
  });

  it('returns an empty list for no input', () => {
    expect(expandScopes([])).toEqual([]);
  });

  it('throws a clear TypeError for an unknown string or a non-string', () => {
    expect(() => expandScopes(['knowledge:wirte' as Scope])).toThrow(/"knowledge:wirte" is neither a scope nor a scope bundle/);
    expect(() => expandScopes([42 as never])).toThrow(TypeError);
  });

  it('law: output is sorted, unique and valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(scope, fc.constantFrom(...SCOPE_BUNDLE_NAMES))), (items) => {
        const out = expandScopes(items);
        return out.every(isScope) && new Set(out).size === out.length && out.join() === [...out].sort().join();
      }),
    );
  });
});

describe('normalizeScopes', () => {
  it('drops reads that writes imply', () => {
    expect(normalizeScopes(['knowledge:read', 'knowledge:write', 'tags:read', 'tags:read'])).toEqual(['knowledge:write', 'tags:read']);
  });

  it('throws on an unknown scope', () => {
    expect(() => normalizeScopes(['nope' as Scope])).toThrow(/normalizeScopes: "nope" is not a scope/);
  });

  it('law: grants exactly what the input grants', () => {
    fc.assert(
      fc.property(scopes, scope, (granted, required) => hasScope(normalizeScopes(granted), required) === hasScope(granted, required)),
    );
  });
});

describe('minimumScopes', () => {
  it('merges a read and a write on one surface into the write', () => {
    expect(minimumScopes(['listKbArticles', 'createKbArticle'])).toEqual(['knowledge:write']);
  });

  it('accepts method + concrete or templated path, in any case', () => {
    const refs: OperationRef[] = [
      { method: 'GET', path: '/api/v1/kb/articles/art_1?expand=tags' },
      { method: 'post', path: '/api/v1/kb/articles' },
      { method: 'get', path: '/api/v1/kb/tags/{kbTagId}' },
    ];
    expect(minimumScopes(refs)).toEqual(['knowledge:write']);
  });

  it('needs nothing for operations without a scope, or for no operations', () => {
    expect(minimumScopes(['getApiKeyInfo'])).toEqual([]);
    expect(minimumScopes([])).toEqual([]);
  });

  it('throws a TypeError naming an unknown operationId or request', () => {
    expect(() => minimumScopes(['listKbArticle' as OperationId])).toThrow(
      /unknown operationId "listKbArticle"\. Did you mean "listKbArticles"\?/,
    );
    expect(() => minimumScopes([{ method: 'GET', path: '/api/v1/nowhere' }])).toThrow(/no operation matches "GET" "\/api\/v1\/nowhere"/);
    expect(() => minimumScopes([null as never])).toThrow(TypeError);
  });

  const calls = fc.array(operation, { maxLength: 10 });

  it('law: sufficient — every listed operation is permitted by the result', () => {
    fc.assert(
      fc.property(calls, (ops) => {
        const result = minimumScopes(ops.map((op) => op.operationId));
        return ops.every((op) => hasScope(result, op.scope));
      }),
    );
  });

  it('law: minimal — dropping any scope of the result forbids some listed operation', () => {
    fc.assert(
      fc.property(calls, (ops) => {
        const result = minimumScopes(ops.map((op) => ({ method: op.method.toUpperCase(), path: concrete(op.path) })));
        return result.every((dropped) => {
          const rest = result.filter((s) => s !== dropped);
          return ops.some((op) => !hasScope(rest, op.scope));
        });
      }),
    );
  });

  it('law: sorted, with no read next to the write of its surface', () => {
    fc.assert(
      fc.property(calls, (ops) => {
        const result = minimumScopes(ops.map((op) => op.operationId));
        const sorted = result.join() === [...result].sort().join();
        return sorted && result.every((s) => !s.endsWith(':read') || !result.includes(`${surfaceOf(s)}:write` as Scope));
      }),
    );
  });
});
