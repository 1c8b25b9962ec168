/**
 * Request and response validation against the spec's own schemas (JSON Schema 2020-12, ajv).
 * Validators are compiled once per operation, on first use, and kept with what else validating
 * that operation needs (which locations have parameters), so a request compiles and copies nothing. The same `validateResponse`
 * checks the mock's answers at runtime and every answer the test suite sees.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { getOperationSpec, type OperationSpec, type ParameterSpec, SPEC } from './spec-index.js';

/** One field that failed validation; `path` is a JSON pointer into the request (`/body/title`). */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The parts of a request the validator reads. */
export interface RequestParts {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** `undefined` when the request has no body; otherwise the parsed JSON. */
  readonly body: { readonly value: unknown } | undefined;
}

/** The outcome of {@link validateRequest}; `query` holds coerced values (numbers, arrays). */
export type RequestValidation =
  | { readonly ok: true; readonly query: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The outcome of {@link validateResponse}. */
export type ResponseValidation = { readonly ok: true } | { readonly ok: false; readonly errors: readonly string[] };

const SPEC_ID = 'https://api.atender.io/openapi.json';
// ajv-formats is CommonJS; depending on the loader its default import is the plugin or a namespace.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as typeof formatsModule.default;

/**
 * Three instances, because ajv's options rewrite data in place: parameters are strings to coerce
 * (`limit=5` → 5) and get their defaults; request bodies get their defaults (a handler sees
 * `color: '#6B7280'` when the client left it out); responses are checked as they are.
 */
type Purpose = 'parameters' | 'body' | 'response';

function createAjv(purpose: Purpose): Ajv2020 {
  // strict: false because OpenAPI schemas carry `x-` extensions and `example`, which are not JSON Schema.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: purpose === 'parameters' ? 'array' : false,
    useDefaults: purpose !== 'response',
  });
  addFormats(ajv);
  ajv.addSchema({ ...SPEC, $id: SPEC_ID });
  return ajv;
}

const instances = new Map<Purpose, Ajv2020>();
const cache = new Map<string, ValidateFunction>();

function compiled(key: string, purpose: Purpose, schema: () => object): ValidateFunction {
  let validate = cache.get(`${purpose} ${key}`);
  if (!validate) {
    let ajv = instances.get(purpose);
    if (!ajv) {
      ajv = createAjv(purpose);
      instances.set(purpose, ajv);
    }
    validate = ajv.compile(schema());
    cache.set(`${purpose} ${key}`, validate);
  }
  return validate;
}

const ref = (pointer: string): object => ({ $ref: `${SPEC_ID}${pointer}` });

function describe(error: ErrorObject): string {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  return allowed ? `${error.message}: ${allowed.map(String).join(', ')}` : (error.message ?? 'is invalid');
}

/** ajv errors as field errors under a prefix (`/body`, `/query`); names the missing or extra field. */
function fieldErrors(prefix: string, errors: readonly ErrorObject[] | null | undefined): FieldError[] {
  return (errors ?? []).map((error) => {
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const field = params.missingProperty ?? params.additionalProperty;
    const path = `${prefix}${error.instancePath}${field === undefined ? '' : `/${field}`}`;
    return { path, message: describe(error) };
  });
}

type Location = Exclude<ParameterSpec['in'], 'cookie'>;
const LOCATIONS: readonly Location[] = ['path', 'query', 'header'];

/** One location's parameters and their validator, or none when the operation has none there. */
interface LocationPlan {
  readonly location: Location;
  readonly params: readonly ParameterSpec[];
  readonly validate: ValidateFunction;
}

/** What validating one operation's requests takes, worked out once per operation. */
interface RequestPlan {
  readonly locations: readonly LocationPlan[];
  readonly body: ValidateFunction | undefined;
  readonly bodyRequired: boolean;
}

const plans = new Map<string, RequestPlan>();

function planOf(op: OperationSpec): RequestPlan {
  let plan = plans.get(op.operationId);
  if (plan) return plan;
  const locations: LocationPlan[] = [];
  for (const location of LOCATIONS) {
    const params = op.parameters.filter((p) => p.in === location);
    // No parameters here: an object of nothing always validates, so there is nothing to run.
    if (params.length === 0) continue;
    const validate = compiled(`${op.operationId} ${location}`, 'parameters', () => ({
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.name, ref(p.schemaPointer)])),
      required: params.filter((p) => p.required).map((p) => p.name),
    }));
    locations.push({ location, params, validate });
  }
  const pointer = op.body?.schemaPointer;
  const body = pointer === undefined ? undefined : compiled(`${op.operationId} body`, 'body', () => ref(pointer));
  plan = { locations, body, bodyRequired: op.body?.required ?? false };
  plans.set(op.operationId, plan);
  return plan;
}

/** A query parameter's value; an absent parameter stays absent (an array one does not become `[]`). */
function queryValue(param: ParameterSpec, query: URLSearchParams): unknown {
  const values = query.getAll(param.name);
  if (values.length === 0) return undefined;
  if (param.commaSeparated) return values.flatMap((v) => v.split(','));
  return param.type === 'array' ? values : values[0];
}

function readParam(param: ParameterSpec, parts: RequestParts): unknown {
  if (param.in === 'query') return queryValue(param, parts.query);
  if (param.in === 'path') return parts.params[param.name];
  return parts.headers.get(param.name) ?? undefined;
}

function bodyErrors(plan: RequestPlan, body: RequestParts['body']): FieldError[] {
  if (!plan.body) return [];
  if (body === undefined) return plan.bodyRequired ? [{ path: '/body', message: 'must be a JSON body' }] : [];
  return plan.body(body.value) ? [] : fieldErrors('/body', plan.body.errors);
}

/**
 * Validates a request's path parameters, query, declared headers and JSON body.
 *
 * @throws Error for an operationId the spec does not define (a bug, not a bad request).
 */
export function validateRequest(operationId: string, parts: RequestParts): RequestValidation {
  const op = getOperationSpec(operationId);
  if (!op) throw new Error(`validateRequest: unknown operationId "${operationId}".`);
  const plan = planOf(op);
  const errors: FieldError[] = [];
  let query: Record<string, unknown> = {};
  for (const { location, params, validate } of plan.locations) {
    const data: Record<string, unknown> = {};
    for (const param of params) {
      const value = readParam(param, parts);
      if (value !== undefined && value !== null) data[param.name] = value;
    }
    // The query object is validated in place: ajv coerces its values (`limit=5` → 5) and adds defaults.
    if (location === 'query') query = data;
    if (!validate(data)) errors.push(...fieldErrors(`/${location}`, validate.errors));
  }
  errors.push(...bodyErrors(plan, parts.body));
  return errors.length === 0 ? { ok: true, query } : { ok: false, errors };
}

function responseKey(op: OperationSpec, status: number): string | undefined {
  const exact = String(status);
  if (op.responses.has(exact)) return exact;
  const range = `${Math.floor(status / 100)}XX`;
  if (op.responses.has(range)) return range;
  return op.responses.has('DEFAULT') ? 'DEFAULT' : undefined;
}

function headerErrors(op: OperationSpec, key: string, headers: Headers): string[] {
  const errors: string[] = [];
  for (const [name, pointer] of op.responses.get(key)?.headers ?? []) {
    const value = headers.get(name);
    if (value === null) continue;
    const validate = compiled(`${op.operationId} ${key} header ${name}`, 'parameters', () => ({
      type: 'object',
      properties: { v: ref(pointer) },
    }));
    if (!validate({ v: value }))
      errors.push(
        `header ${name}: ${fieldErrors('', validate.errors)
          .map((e) => e.message)
          .join('; ')}`,
      );
  }
  return errors;
}

function mediaTypeErrors(declared: string | undefined, body: unknown, headers: Headers): string[] {
  if (declared === undefined || body === undefined) return [];
  const actual = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return actual === declared ? [] : [`content-type ${actual ?? '(none)'} is not the declared ${declared}`];
}

/**
 * Checks an answer against the spec: the status is declared for the operation (exactly or as
 * `5XX`), the body matches that response's schema, and declared headers that are present match
 * theirs. An unknown operationId or an undeclared status is a mismatch.
 *
 * @example
 * const result = validateResponse('getKbArticle', response.status, await response.json(), response.headers);
 * if (!result.ok) throw new Error(result.errors.join('\n'));
 */
export function validateResponse(operationId: string, status: number, body: unknown, headers?: Headers): ResponseValidation {
  const op = getOperationSpec(operationId);
  if (!op) return { ok: false, errors: [`unknown operationId "${operationId}"`] };
  const key = responseKey(op, status);
  if (key === undefined) return { ok: false, errors: [`${operationId} does not declare status ${status}`] };
  const response = op.responses.get(key);
  const errors: string[] = [];
  if (response?.schemaPointer === undefined) {
    if (body !== undefined) errors.push(`${operationId} ${key} declares no body, got one`);
  } else if (body === undefined) {
    errors.push(`${operationId} ${key} declares a body, got none`);
  } else {
    const pointer = response.schemaPointer;
    const validate = compiled(`${operationId} ${key} response`, 'response', () => ref(pointer));
    if (!validate(body)) errors.push(...fieldErrors('', validate.errors).map((e) => `body${e.path}: ${e.message}`));
  }
  if (headers) errors.push(...headerErrors(op, key, headers), ...mediaTypeErrors(response?.mediaType, body, headers));
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/** Validates a problem body on its own (answers that match no operation, e.g. an unknown path). */
export function validateProblem(body: unknown): ResponseValidation {
  const validate = compiled('Problem', 'response', () => ref('#/components/schemas/Problem'));
  return validate(body) ? { ok: true } : { ok: false, errors: fieldErrors('', validate.errors).map((e) => `body${e.path}: ${e.message}`) };
}
