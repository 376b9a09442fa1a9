import type { SimpleSchema } from '@portal/shared';

/** What is wrong with a typed value, in the terms a form shows it. */
export type FieldProblem = 'Required' | 'TooLong' | 'Invalid';

/** One failed keyword of a schema, located as TypeBox locates it. */
export type SchemaError = { instancePath: string; keyword: string };

/** What this checker evaluates; the others only describe. */
const CHECKED = new Set([
  'type',
  'required',
  'properties',
  'additionalProperties',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
]);
const DESCRIPTIVE = new Set(['description', 'title', 'examples', 'default']);

/**
 * The errors of `value` against one of the shared contract's simple schemas (objects of strings
 * with lengths, patterns and enums, as the sign-in's requests are), in the order TypeBox reports
 * them, so that the first error of each field is the same. It keeps TypeBox's checker (tens of KB)
 * off the sign-in page; any keyword it does not know throws, so a schema that grows beyond it is
 * noticed rather than passed (lib/field-problems.ts checks with TypeBox itself).
 */
export function simpleSchemaErrors(schema: SimpleSchema, value: unknown, path = ''): SchemaError[] {
  const keywords = schema as Record<string, unknown>;
  for (const keyword of Object.keys(keywords)) {
    if (!CHECKED.has(keyword) && !DESCRIPTIVE.has(keyword)) {
      throw new Error(`simpleSchemaErrors: keyword ${keyword} is not supported`);
    }
  }
  const errors: SchemaError[] = [];
  const fail = (keyword: string) => errors.push({ instancePath: path, keyword });
  const { type } = keywords;
  if (type !== undefined) {
    if (type !== 'string' && type !== 'object') {
      throw new Error(`simpleSchemaErrors: type ${String(type)} is not supported`);
    }
    if (type === 'string' ? typeof value !== 'string' : !isPlainObject(value)) fail('type');
  }
  if (isPlainObject(value)) {
    const properties = (keywords.properties ?? {}) as Record<string, SimpleSchema>;
    const required = (keywords.required ?? []) as string[];
    if (required.some((name) => !(name in value))) fail('required');
    if (keywords.additionalProperties !== undefined && keywords.additionalProperties !== false) {
      throw new Error('simpleSchemaErrors: only additionalProperties: false is supported');
    }
    const extra = Object.keys(value).filter((name) => !(name in properties));
    if (keywords.additionalProperties === false && extra.length > 0) {
      // As TypeBox: each extra property fails the `false` schema, then the object its keyword.
      for (const name of extra)
        errors.push({ instancePath: `${path}/${name}`, keyword: 'boolean' });
      fail('additionalProperties');
    }
    for (const [name, property] of Object.entries(properties)) {
      if (name in value)
        errors.push(...simpleSchemaErrors(property, value[name], `${path}/${name}`));
    }
  }
  if (typeof value === 'string') {
    // Lengths count code points, as JSON Schema and TypeBox do.
    const length = [...value].length;
    if (typeof keywords.minLength === 'number' && length < keywords.minLength) fail('minLength');
    if (typeof keywords.maxLength === 'number' && length > keywords.maxLength) fail('maxLength');
    if (typeof keywords.pattern === 'string' && !new RegExp(keywords.pattern, 'u').test(value)) {
      fail('pattern');
    }
  }
  if (Array.isArray(keywords.enum) && !keywords.enum.includes(value)) fail('enum');
  return errors;
}

export function matchesSimpleSchema(schema: SimpleSchema, value: unknown): boolean {
  return simpleSchemaErrors(schema, value).length === 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first problem of each of `fields` among a schema's errors (missing, too long, invalid). */
export function problemsOf<Field extends string>(
  errors: Iterable<SchemaError>,
  fields: readonly Field[],
): Partial<Record<Field, FieldProblem>> {
  const problems: Partial<Record<Field, FieldProblem>> = {};
  for (const error of errors) {
    const field = fields.find((name) => `/${name}` === error.instancePath);
    if (field === undefined || problems[field]) continue;
    problems[field] =
      error.keyword === 'minLength'
        ? 'Required'
        : error.keyword === 'maxLength'
          ? 'TooLong'
          : 'Invalid';
  }
  return problems;
}

/** fieldProblems (lib/field-problems.ts) for a simple schema, without TypeBox's checker. */
export function simpleFieldProblems<Field extends string>(
  schema: SimpleSchema,
  request: Record<Field, unknown>,
  fields: readonly Field[],
): Partial<Record<Field, FieldProblem>> {
  return problemsOf(simpleSchemaErrors(schema, request), fields);
}
