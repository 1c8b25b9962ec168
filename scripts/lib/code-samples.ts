/**
 * An SDK call and a curl line for every operation, built from the spec (path, parameters, the
 * request body's schema and examples, the credential it takes), for the API reference's
 * `x-codeSamples`. Pure: the bundled document in, source text out. The SDK samples are
 * type-checked against the SDK in scripts/code-samples.test.ts.
 */
import type { Doc, HttpMethod } from './spec.ts';

/** One Redoc code sample. */
export interface CodeSample {
  readonly lang: 'TypeScript' | 'Shell';
  readonly label: string;
  readonly source: string;
}

const SANDBOX = 'https://sandbox.atender.io';

/** Follows a local `$ref` (`#/components/…`). */
function deref(doc: Doc, node: Doc | undefined): Doc | undefined {
  let current = node;
  for (let i = 0; current && typeof current.$ref === 'string' && i < 20; i++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at: Doc | undefined, key: string) => at?.[key], doc);
  }
  return current;
}

/** A value that fits `schema`: its example, default or first enum member, else one built by type. */
export function sampleValue(doc: Doc, node: Doc | undefined, depth = 0): unknown {
  const schema = deref(doc, node);
  if (!schema || depth > 8) return null;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part: Doc) => sampleValue(doc, part, depth + 1)));
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alternative) return sampleValue(doc, alternative, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const required: string[] = schema.required ?? [];
    return Object.fromEntries(required.map((name) => [name, sampleValue(doc, schema.properties?.[name], depth + 1)]));
  }
  if (type === 'array') return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sampleValue(doc, schema.items, depth + 1));
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  if (schema.format === 'date-time') return '2026-11-02T09:41:00Z';
  if (schema.format === 'date') return '2026-11-02';
  if (schema.format === 'email') return 'ana@example.com';
  if (schema.format === 'uri') return 'https://example.com/';
  return 'text';
}

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Doc;
  readonly example?: unknown;
}

function parametersOf(doc: Doc, item: Doc, op: Doc): Parameter[] {
  return [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Doc) => deref(doc, p) as Parameter);
}

/** A path parameter's value: its example, else a placeholder shaped like an id (`art_…` is not typed). */
function pathValue(doc: Doc, p: Parameter): string {
  const value = p.example ?? sampleValue(doc, p.schema);
  return typeof value === 'string' && value !== 'text' ? value : `${p.name}`;
}

/** The credential an operation takes, as the SDK option and the curl header. */
function credentialOf(op: Doc): { option: string; header: string } {
  const schemes = new Set((op.security ?? []).flatMap((r: Doc) => Object.keys(r)));
  if (schemes.has('publishableKey')) return { option: "publishableKey: 'sa_pk_test_…'", header: 'Authorization: Bearer sa_pk_test_…' };
  if (schemes.size > 0 && [...schemes].every((s) => s === 'session')) {
    return { option: 'accessToken: process.env.ATENDER_SESSION_TOKEN', header: 'Authorization: Bearer $ATENDER_SESSION_TOKEN' };
  }
  return { option: 'apiKey: process.env.ATENDER_API_KEY', header: 'Authorization: Bearer $ATENDER_API_KEY' };
}

const literal = (value: unknown) => JSON.stringify(value).replace(/"([A-Za-z_$][\w$]*)":/g, '$1: ');

/** The SDK call and the curl line of one operation. */
export function codeSamples(doc: Doc, path: string, method: HttpMethod): CodeSample[] {
  const item: Doc = doc.paths[path];
  const op: Doc = item[method];
  const params = parametersOf(doc, item, op);
  const pathParams = params.filter((p) => p.in === 'path');
  const query = params.filter((p) => p.in === 'query' && p.required);
  const body = deref(doc, op.requestBody?.content?.['application/json']?.schema);
  const bodyValue = body ? sampleValue(doc, body) : undefined;
  const credential = credentialOf(op);

  const init: string[] = [];
  const paramParts: string[] = [];
  if (pathParams.length > 0) paramParts.push(`path: { ${pathParams.map((p) => `${p.name}: ${literal(pathValue(doc, p))}`).join(', ')} }`);
  if (query.length > 0) paramParts.push(`query: { ${query.map((p) => `${p.name}: ${literal(sampleValue(doc, p.schema))}`).join(', ')} }`);
  if (paramParts.length > 0) init.push(`params: { ${paramParts.join(', ')} }`);
  if (body) init.push(`body: ${literal(bodyValue)}`);
  const call = `atender.${method.toUpperCase()}('${path}'${init.length > 0 ? `, {\n  ${init.join(',\n  ')},\n}` : ''})`;
  const sdk = [
    "import { createAtenderClient } from '@atender/sdk';",
    '',
    `const atender = createAtenderClient({ ${credential.option} });`,
    `const { data } = await ${call};`,
    'console.log(data);',
  ].join('\n');

  const concrete = pathParams.reduce((p, param) => p.replace(`{${param.name}}`, encodeURIComponent(pathValue(doc, param))), path);
  const search = query.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(sampleValue(doc, p.schema)))}`).join('&');
  const url = `${SANDBOX}${concrete}${search ? `?${search}` : ''}`;
  // The header's $VARIABLE needs double quotes; single quotes keep the shell off the URL and body.
  const curl = [`curl${method === 'get' ? '' : ` -X ${method.toUpperCase()}`} '${url}'`, `  -H "${credential.header}"`];
  if (body) curl.push(`  -H 'Content-Type: application/json'`, `  -d '${JSON.stringify(bodyValue).replace(/'/g, "'\\''")}'`);
  return [
    { lang: 'TypeScript', label: '@atender/sdk', source: sdk },
    { lang: 'Shell', label: 'curl', source: curl.join(' \\\n') },
  ];
}
