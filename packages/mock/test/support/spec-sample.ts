/**
 * A value of a spec schema built from the spec's own examples, the way Prism and doc tools
 * show a request or response: `examples[0]` (or `example`, `const`, `default`, `enum[0]`) where
 * a schema has one, required properties only, the first branch of a `oneOf`/`anyOf`, parts of
 * an `allOf` merged. A schema that has none of these and no type to fall back on yields a
 * `MissingExample` naming where, so a referee can say which example the spec lacks.
 */
import { resolvePointer, SPEC } from '../../src/core/spec-index.js';

type Json = Record<string, unknown>;

/** Where a sample could not be built from the spec. */
export class MissingExample extends Error {}

function deref(schema: Json): Json {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops++) current = resolvePointer(current.$ref as string);
  return current;
}

function fromFormat(format: string | undefined): string | undefined {
  switch (format) {
    case 'date-time':
      return '2026-03-01T12:00:00Z';
    case 'date':
      return '2026-03-01';
    case 'email':
      return 'ada@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    case 'uuid':
      return '5f1c2e7a-9d3b-4c1e-8a55-0b6f3c2d1e90';
    default:
      return undefined;
  }
}

/** A sample of `schema` (a schema object or a `$ref` to one). */
export function sampleOf(schema: unknown, where = '#'): unknown {
  const s = deref((schema ?? {}) as Json);
  if (Array.isArray(s.examples) && s.examples.length > 0) return structuredClone(s.examples[0]);
  if ('example' in s) return structuredClone(s.example);
  if ('const' in s) return s.const;
  if ('default' in s) return structuredClone(s.default);
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...s.allOf.map((part, i) => sampleOf(part, `${where}/allOf/${i}`) as object));
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = s[key];
    if (Array.isArray(branches)) {
      const first = branches.find((b) => deref(b as Json).type !== 'null') ?? branches[0];
      return sampleOf(first, `${where}/${key}/0`);
    }
  }
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  if (type === 'object' || (type === undefined && s.properties !== undefined)) {
    const properties = (s.properties ?? {}) as Json;
    const out: Json = {};
    for (const name of (s.required ?? []) as string[]) out[name] = sampleOf(properties[name] ?? {}, `${where}/properties/${name}`);
    // A patch body (`minProperties: 1`, nothing required) gets its first optional properties.
    for (const name of Object.keys(properties)) {
      if (Object.keys(out).length >= Number(s.minProperties ?? 0)) break;
      if (!(name in out)) out[name] = sampleOf(properties[name], `${where}/properties/${name}`);
    }
    return out;
  }
  if (type === 'array') {
    const item = sampleOf(s.items ?? {}, `${where}/items`);
    const count = Math.max(1, Number(s.minItems ?? 1));
    // uniqueItems arrays of a single sample would repeat it; one item satisfies any minItems ≤ 1.
    return Array.from({ length: count }, () => structuredClone(item));
  }
  if (type === 'string') {
    const formatted = fromFormat(s.format as string | undefined);
    if (formatted !== undefined) return formatted;
    if (s.pattern !== undefined) throw new MissingExample(`${where}: a string with a pattern and no example`);
    return 'x'.repeat(Math.max(1, Number(s.minLength ?? 1)));
  }
  if (type === 'integer' || type === 'number')
    return Number(s.minimum ?? (s.exclusiveMinimum !== undefined ? Number(s.exclusiveMinimum) + 1 : 1));
  if (type === 'boolean') return true;
  if (type === 'null') return null;
  if (Object.keys(s).filter((k) => !k.startsWith('x-') && k !== 'description' && k !== 'title').length === 0) return {};
  throw new MissingExample(`${where}: no example and no type`);
}

/** The bundled spec, for walking. */
export const SPEC_DOCUMENT = SPEC;
