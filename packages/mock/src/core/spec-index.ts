/**
 * The bundled spec (`generated/openapi.json`) indexed by operationId: where each parameter's,
 * body's and response's schema sits, as JSON pointers the validator can `$ref` into.
 */
import spec from '../generated/openapi.json' with { type: 'json' };

type Json = Record<string, unknown>;

/** One parameter of an operation, with the pointer to its schema. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** `form` arrays with `explode: false` arrive comma-separated. */
  readonly commaSeparated: boolean;
  /** The schema's top-level type, after following `$ref`s (for query coercion). */
  readonly type: string | undefined;
  readonly schemaPointer: string;
}

/** One declared response. */
export interface ResponseSpec {
  /** The pointer to the JSON body schema, or undefined for a body-less response. */
  readonly schemaPointer: string | undefined;
  readonly mediaType: string | undefined;
  /** Declared header name (lower case) → the pointer to its schema. */
  readonly headers: ReadonlyMap<string, string>;
}

/** What the validator needs to know about one operation. */
export interface OperationSpec {
  readonly operationId: string;
  readonly parameters: readonly ParameterSpec[];
  readonly body: { readonly required: boolean; readonly schemaPointer: string } | undefined;
  /** Status key (`200`, `5XX`) → response. */
  readonly responses: ReadonlyMap<string, ResponseSpec>;
}

/** The bundled spec document. */
export const SPEC: Json = spec as Json;

const escapePointer = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Follows `$ref`s from a location; returns the object reached and its pointer. */
function follow(pointer: string, value: unknown): { pointer: string; value: Json } {
  let current = { pointer, value: value as Json };
  for (let hops = 0; typeof current.value.$ref === 'string' && hops < 16; hops++) {
    const ref = current.value.$ref as string;
    current = { pointer: ref, value: resolvePointer(ref) };
  }
  return current;
}

/** The value at a local JSON pointer (`#/components/schemas/X`). */
export function resolvePointer(ref: string): Json {
  let node: unknown = SPEC;
  for (const raw of ref.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    node = (node as Json)[raw.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new Error(`The spec has nothing at ${ref}.`);
  }
  return node as Json;
}

function parameterSpec(pointer: string, raw: unknown): ParameterSpec {
  const { pointer: at, value } = follow(pointer, raw);
  const schema = follow(`${at}/schema`, value.schema ?? {});
  const style = (value.style as string | undefined) ?? 'form';
  const explode = (value.explode as boolean | undefined) ?? style === 'form';
  return {
    name: value.name as string,
    in: value.in as ParameterSpec['in'],
    required: value.required === true,
    commaSeparated: schema.value.type === 'array' && !explode,
    type: typeof schema.value.type === 'string' ? schema.value.type : undefined,
    schemaPointer: `${at}/schema`,
  };
}

function responseSpec(pointer: string, raw: unknown): ResponseSpec {
  const { pointer: at, value } = follow(pointer, raw);
  const content = (value.content ?? {}) as Json;
  const mediaType = Object.keys(content)[0];
  const headers = new Map<string, string>();
  for (const [name, header] of Object.entries((value.headers ?? {}) as Json)) {
    const resolved = follow(`${at}/headers/${escapePointer(name)}`, header);
    headers.set(name.toLowerCase(), `${resolved.pointer}/schema`);
  }
  return {
    mediaType,
    schemaPointer: mediaType === undefined ? undefined : `${at}/content/${escapePointer(mediaType)}/schema`,
    headers,
  };
}

function operationSpec(path: string, method: string, item: Json): OperationSpec {
  const base = `#/paths/${escapePointer(path)}`;
  const op = item[method] as Json;
  const shared = ((item.parameters ?? []) as unknown[]).map((p, i) => parameterSpec(`${base}/parameters/${i}`, p));
  const own = ((op.parameters ?? []) as unknown[]).map((p, i) => parameterSpec(`${base}/${method}/parameters/${i}`, p));
  // An operation's parameter overrides a path-level one of the same name and location.
  const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
  const requestBody = op.requestBody === undefined ? undefined : follow(`${base}/${method}/requestBody`, op.requestBody);
  const body = requestBody && {
    required: requestBody.value.required === true,
    schemaPointer: `${requestBody.pointer}/content/application~1json/schema`,
  };
  const responses = new Map<string, ResponseSpec>();
  for (const [status, response] of Object.entries((op.responses ?? {}) as Json)) {
    responses.set(status.toUpperCase(), responseSpec(`${base}/${method}/responses/${escapePointer(status)}`, response));
  }
  return { operationId: op.operationId as string, parameters, body, responses };
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

function indexSpec(): Map<string, OperationSpec> {
  const index = new Map<string, OperationSpec>();
  for (const [path, item] of Object.entries(SPEC.paths as Json)) {
    for (const method of METHODS) {
      if ((item as Json)[method]) {
        const entry = operationSpec(path, method, item as Json);
        index.set(entry.operationId, entry);
      }
    }
  }
  return index;
}

let INDEX: Map<string, OperationSpec> | undefined;

/** The spec of one operation; `undefined` for an unknown operationId. Indexed on first use. */
export function getOperationSpec(operationId: string): OperationSpec | undefined {
  INDEX ??= indexSpec();
  return INDEX.get(operationId);
}
