import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';

/** The parts of an OpenAPI 3 schema that the fuzz reads. */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minimum?: number;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

export type FieldKind = 'string' | 'integer' | 'date-time';
type Location = 'path' | 'query' | 'body';

/** A bad value as it is written on the wire: JSON text in a body, raw text in a URL. */
export interface BadValue {
  label: string;
  json: string;
  url: string;
  /**
   * In a URL it may be decoded into something valid (U+FFFD) or refused as a bad URL: only a
   * clean answer is required there, not a refusal naming the field.
   */
  mayPassInUrl?: true;
}

/** Lone surrogates cannot be percent-encoded as UTF-8: these are their WTF-8 bytes. */
const LONE_SURROGATE_URL = 'x%ED%A0%80x';

/** The inputs that once answered 500 (issue 11, point 9), by kind of field. */
export const BAD_VALUES: Record<FieldKind, BadValue[]> = {
  string: [
    { label: 'NUL', json: JSON.stringify('a\u0000b'), url: 'a%00b' },
    { label: 'control character', json: JSON.stringify('a\u001bb'), url: 'a%1Bb' },
    { label: 'lone surrogate', json: '"\\ud800x"', url: LONE_SURROGATE_URL, mayPassInUrl: true },
    { label: 'lone low surrogate', json: '"x\\udc00"', url: 'x%ED%B0%80', mayPassInUrl: true },
  ],
  integer: [
    { label: '1e20', json: '1e20', url: '1e20' },
    { label: '2^63', json: '9223372036854775808', url: '9223372036854775808' },
    { label: 'Infinity', json: '1e999', url: 'Infinity' },
    { label: '-Infinity', json: '-1e999', url: '-Infinity' },
  ],
  'date-time': [
    { label: 'leap second', json: '"2016-12-31T23:59:60Z"', url: '2016-12-31T23:59:60Z' },
    { label: 'year 0000', json: '"0000-01-01T00:00:00Z"', url: '0000-01-01T00:00:00Z' },
    {
      label: 'year 0000 in UTC',
      json: '"0001-01-01T00:30:00+01:00"',
      url: '0001-01-01T00:30:00%2B01:00',
    },
    { label: 'year 10000', json: '"+010000-01-01T00:00:00Z"', url: '%2B010000-01-01T00:00:00Z' },
  ],
};

/** One field of one operation to send bad values to. */
export interface FuzzTarget {
  method: string;
  /** The OpenAPI path, `{name}` for parameters. */
  path: string;
  location: Location;
  /** Dotted path within the body, or the parameter's name. */
  field: string;
  kind: FieldKind;
  operation: Operation;
}

export async function fuzzTargets(app: FastifyInstance): Promise<FuzzTarget[]> {
  const document = (await app.inject({ url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  const targets: FuzzTarget[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const add = (location: Location, field: string, kind: FieldKind) =>
        targets.push({ method: method.toUpperCase(), path, location, field, kind, operation });
      for (const parameter of operation.parameters ?? []) {
        const kind = kindOf(parameter.schema);
        if (kind && (parameter.in === 'path' || parameter.in === 'query')) {
          add(parameter.in, parameter.name, kind);
        }
      }
      const body = bodySchemaOf(operation);
      if (body) for (const [field, kind] of fieldsOf(body)) add('body', field, kind);
    }
  }
  return targets;
}

function bodySchemaOf(operation: Operation): JsonSchema | undefined {
  return operation.requestBody?.content?.['application/json']?.schema;
}

function kindOf(schema: JsonSchema): FieldKind | undefined {
  if (schema.enum || schema.const !== undefined) return undefined;
  if (schema.type === 'integer' || schema.type === 'number') return 'integer';
  if (schema.type === 'string') return schema.format === 'date-time' ? 'date-time' : 'string';
  const variant = schema.anyOf?.map(kindOf).find((kind) => kind !== undefined);
  return variant;
}

/** Every scalar field in a body, with its dotted path (array items as `.0`). */
function fieldsOf(schema: JsonSchema, prefix = ''): [string, FieldKind][] {
  if (schema.properties) {
    return Object.entries(schema.properties).flatMap(([name, property]) =>
      fieldsOf(property, `${prefix}${name}.`),
    );
  }
  if (schema.items) return fieldsOf(schema.items, `${prefix}0.`);
  const kind = kindOf(schema);
  return kind ? [[prefix.slice(0, -1), kind]] : [];
}

/** A plausible valid value, so that the bad one is the only thing wrong with the request. */
function sampleOf(schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.anyOf) return sampleOf(schema.anyOf[0] as JsonSchema);
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, sampleOf(property)]),
    );
  }
  if (schema.items) return [sampleOf(schema.items)];
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  switch (schema.format) {
    case 'uuid':
      return randomUUID();
    case 'email':
      return 'fuzz@example.com';
    case 'date-time':
      return new Date(Date.now() + 86_400_000).toISOString();
  }
  if (schema.pattern === '^[0-9]{6}$') return '123456';
  // base64url (WebAuthn's binary fields in JSON).
  if (schema.pattern === '^[A-Za-z0-9_-]*$') return 'AAAA';
  if (schema.pattern?.startsWith('^/')) return '/';
  if (schema.pattern?.includes('{2}')) return 'en';
  if (schema.pattern?.startsWith('^[0-9]')) return '1';
  return 'fuzz-x1.tenant';
}

const SENTINEL = '\u0001bad\u0001';

/** The request with one bad value in the target field and plausible values elsewhere. */
export function requestFor(target: FuzzTarget, bad: BadValue, cookie?: string): InjectOptions {
  const parameters = target.operation.parameters ?? [];
  const wireValue = (parameter: Parameter) =>
    parameter.name === target.field && parameter.in === target.location
      ? bad.url
      : encodeURIComponent(String(sampleOf(parameter.schema)));
  const url = target.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    return parameter ? wireValue(parameter) : name;
  });
  const query = parameters
    .filter((p) => p.in === 'query' && (p.required || p.name === target.field))
    .map((p) => `${p.name}=${wireValue(p)}`)
    .join('&');
  const options: InjectOptions = {
    method: target.method as InjectOptions['method'],
    url: query ? `${url}?${query}` : url,
    headers: cookie ? { cookie } : {},
  };
  const schema = bodySchemaOf(target.operation);
  if (schema) {
    const body = sampleOf(schema);
    if (target.location === 'body') setPath(body, target.field.split('.'), SENTINEL);
    options.payload = JSON.stringify(body).replace(JSON.stringify(SENTINEL), bad.json);
    options.headers = { ...options.headers, 'content-type': 'application/json' };
  }
  return options;
}

function setPath(value: unknown, path: string[], replacement: unknown) {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (rest.length === 0) record[head] = replacement;
  else setPath(record[head], rest, replacement);
}
