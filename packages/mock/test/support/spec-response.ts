/**
 * Checks a handler's answer against the bundled spec: the response schema declared for the
 * operation and status (`4XX`/`5XX` ranges included), compiled with ajv from
 * `src/generated/openapi.json` added as one schema, so `#/components/...` refs resolve as written.
 * Independent of the mock's own validator on purpose: it checks the checker too.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import specJson from '../../src/generated/openapi.json' with { type: 'json' };

type Json = Record<string, unknown>;
const spec = specJson as unknown as { paths: Record<string, Record<string, Json>>; components: { responses: Record<string, Json> } };
const SPEC_ID = 'https://spec.test/openapi.json';
// ajv-formats is CommonJS; its default import is the plugin or a namespace holding it.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as typeof formatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...(specJson as Json), $id: SPEC_ID });

const operations = new Map<string, { path: string; method: string; op: Json }>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (typeof op === 'object' && op !== null && typeof op.operationId === 'string') operations.set(op.operationId, { path, method, op });
  }
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const cache = new Map<string, ValidateFunction>();

function resolveResponse(response: Json): Json {
  const ref = response.$ref;
  if (typeof ref !== 'string') return response;
  const name = ref.split('/').pop() ?? '';
  return spec.components.responses[name] ?? {};
}

/** The validator of one operation's response body for a status, with the content type it declares. */
function validatorFor(operationId: string, status: number): { validate: ValidateFunction; contentType: string } {
  const found = operations.get(operationId);
  if (!found) throw new Error(`unknown operationId ${operationId}`);
  const responses = found.op.responses as Record<string, Json>;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX`;
  const response = responses[key];
  if (!response) throw new Error(`${operationId} declares no ${status} response`);
  const content = resolveResponse(response).content as Record<string, unknown>;
  const contentType = Object.keys(content)[0] ?? 'application/json';
  const cacheKey = `${operationId} ${key}`;
  let validate = cache.get(cacheKey);
  if (!validate) {
    const pointer = response.$ref
      ? `#/components/responses/${String(response.$ref).split('/').pop()}/content/${escapePointer(contentType)}/schema`
      : `#/paths/${escapePointer(found.path)}/${found.method}/responses/${key}/content/${escapePointer(contentType)}/schema`;
    validate = ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
    cache.set(cacheKey, validate);
  }
  return { validate, contentType };
}

/** The schema errors of an answer, empty when it conforms (status declared, body valid, content type right). */
export function responseErrors(
  operationId: string,
  result: { status: number; body?: unknown; headers?: Readonly<Record<string, string>> },
): string[] {
  let checker: ReturnType<typeof validatorFor>;
  try {
    checker = validatorFor(operationId, result.status);
  } catch (error) {
    return [(error as Error).message];
  }
  const errors: string[] = [];
  const declared = result.headers?.['content-type'];
  if (declared !== undefined && declared !== checker.contentType) errors.push(`content-type ${declared}, spec says ${checker.contentType}`);
  if (!checker.validate(result.body)) {
    for (const e of checker.validate.errors ?? []) errors.push(`${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
  return errors;
}

/** Every operationId of the bundled spec. */
export const SPEC_OPERATION_IDS: readonly string[] = [...operations.keys()];
