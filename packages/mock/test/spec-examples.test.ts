/**
 * Referee: every example in the spec is valid. Each `examples`/`example` of a schema or a
 * parameter validates against its own schema; the request and response bodies assembled from
 * the examples (what Prism and the API reference show) validate against the operation's
 * schema; and the examples obey the spec's cross-field rules (an attachment's `sizeBytes` is the
 * decoded length of its `contentBase64`).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { getOperationSpec } from '../src/core/spec-index.js';
import { MissingExample, SPEC_DOCUMENT, sampleOf } from './support/spec-sample.js';

type Json = Record<string, unknown>;
const SPEC_ID = 'https://api.atender.io/openapi.json';
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as typeof formatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...SPEC_DOCUMENT, $id: SPEC_ID });

const escapePointer = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** ajv's errors for `value` against the schema at `pointer`, as readable lines. */
const validators = new Map<string, ValidateFunction>();
function errorsAt(pointer: string, value: unknown): string[] {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
    validators.set(pointer, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

interface Found {
  readonly pointer: string;
  readonly examples: readonly unknown[];
}

/**
 * Every schema-level `examples` array and every `example` of a parameter or media type, with
 * the pointer of the schema it illustrates. Extensions (`x-…`) are skipped.
 */
function collectExamples(node: unknown, pointer: string, out: Found[]): Found[] {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) collectExamples(item, `${pointer}/${i}`, out);
    return out;
  }
  const object = node as Json;
  const isSchemaLike =
    'type' in object || '$ref' in object || 'enum' in object || 'properties' in object || 'oneOf' in object || 'allOf' in object;
  if (Array.isArray(object.examples) && isSchemaLike) out.push({ pointer, examples: object.examples });
  if ('example' in object) {
    // A parameter's or media type's example illustrates its `schema`; a schema's illustrates itself.
    out.push({ pointer: 'schema' in object ? `${pointer}/schema` : pointer, examples: [object.example] });
  }
  if (object.examples !== null && typeof object.examples === 'object' && !Array.isArray(object.examples) && 'schema' in object) {
    for (const example of Object.values(object.examples as Json))
      out.push({ pointer: `${pointer}/schema`, examples: [(example as Json).value] });
  }
  for (const [key, value] of Object.entries(object)) {
    if (key.startsWith('x-') || key === 'examples' || key === 'example') continue;
    collectExamples(value, `${pointer}/${escapePointer(key)}`, out);
  }
  return out;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Body {
  readonly name: string;
  readonly pointer: string;
  readonly request: boolean;
}

/** Every JSON request and response body of every operation. */
function bodies(): Body[] {
  const out: Body[] = [];
  for (const [path, item] of Object.entries(SPEC_DOCUMENT.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const spec = getOperationSpec(op.operationId as string);
      if (!spec) continue;
      if (spec.body) out.push({ name: `${op.operationId} request`, pointer: spec.body.schemaPointer, request: true });
      for (const [status, response] of spec.responses) {
        if (response.schemaPointer && response.mediaType?.includes('json')) {
          out.push({ name: `${op.operationId} ${status}`, pointer: response.schemaPointer, request: false });
        }
      }
      void path;
    }
  }
  return out;
}

// Compiling a validator per schema of the whole spec takes a while on a shared machine.
describe('spec examples', { timeout: 120_000 }, () => {
  const found = collectExamples(SPEC_DOCUMENT, '#', []);

  it('finds the examples (the walk is not vacuous)', () => {
    expect(found.length).toBeGreaterThan(200);
  });

  it('every example validates against the schema it illustrates', () => {
    const failures = found.flatMap(({ pointer, examples }) =>
      examples.flatMap((example, i) => errorsAt(pointer, example).map((e) => `${pointer} examples[${i}]: ${e}`)),
    );
    expect(failures).toEqual([]);
  });

  it('every request and response body assembled from the examples validates against its schema', () => {
    const failures: string[] = [];
    for (const body of bodies()) {
      try {
        const sample = sampleOf({ $ref: body.pointer }, body.pointer);
        failures.push(...errorsAt(body.pointer, sample).map((e) => `${body.name}: ${e}`));
      } catch (error) {
        if (!(error instanceof MissingExample)) throw error;
        failures.push(`${body.name}: ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("an example's sizeBytes is the decoded length of its contentBase64", () => {
    const schemas = SPEC_DOCUMENT.components as { schemas: Record<string, Json> };
    const checked: string[] = [];
    for (const [name, schema] of Object.entries(schemas.schemas)) {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      if (!properties.sizeBytes || !properties.contentBase64) continue;
      const sample = sampleOf(schema) as { sizeBytes: number; contentBase64: string };
      expect(Buffer.from(sample.contentBase64, 'base64').byteLength, name).toBe(sample.sizeBytes);
      checked.push(name);
    }
    expect(checked).toContain('AttachmentCreate');
  });
});
