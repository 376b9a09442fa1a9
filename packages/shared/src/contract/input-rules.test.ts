import type { TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from './endpoint.js';
import { endpoints } from './index.js';

interface Field {
  name: string;
  schema: TSchema & Record<string, unknown>;
}

/** Every scalar of a request part, with its dotted path. */
function fieldsOf(schema: TSchema & Record<string, unknown>, name: string): Field[] {
  const properties = schema.properties as Record<string, TSchema> | undefined;
  if (properties) {
    return Object.entries(properties).flatMap(([key, property]) =>
      fieldsOf(property as Field['schema'], name ? `${name}.${key}` : key),
    );
  }
  if (schema.items) return fieldsOf(schema.items as Field['schema'], `${name}.0`);
  const variants = (schema.anyOf ?? schema.oneOf) as Field['schema'][] | undefined;
  if (variants) return variants.flatMap((variant) => fieldsOf(variant, name));
  return [{ name, schema }];
}

const requestFields = (Object.entries(endpoints) as [string, Endpoint][]).flatMap(
  ([operation, endpoint]) =>
    [endpoint.params, endpoint.query, endpoint.body]
      .filter((part): part is TSchema => part !== undefined)
      .flatMap((part) => fieldsOf(part as Field['schema'], ''))
      .map((field) => ({ ...field, name: `${operation} ${field.name}` })),
);

const strings = requestFields.filter(
  ({ schema }) => schema.type === 'string' && !schema.enum && schema.const === undefined,
);
const integers = requestFields.filter(({ schema }) => schema.type === 'integer');

/** Formats whose definition leaves no room for control characters or surrogates. */
const STRICT_FORMATS = ['uuid', 'email', 'date-time'];

describe('every field of every request is bounded by the shared building blocks', () => {
  it('finds the fields', () => {
    expect(strings.length).toBeGreaterThan(30);
    expect(integers.length).toBeGreaterThan(3);
  });

  it.each(strings.map((field) => [field.name, field.schema] as const))(
    '%s takes no control characters and no lone surrogates',
    (_, schema) => {
      if (STRICT_FORMATS.includes(schema.format as string)) return;
      expect(schema.pattern, 'a pattern such as TextField has').toBeTypeOf('string');
      const pattern = new RegExp(schema.pattern as string, 'u');
      for (const bad of ['a\u0000b', 'a\u001bb', 'a\u0085b', '\ud800x', 'x\udc00']) {
        expect(pattern.test(bad), JSON.stringify(bad)).toBe(false);
      }
    },
  );

  it.each(integers.map((field) => [field.name, field.schema] as const))(
    '%s is bounded on both sides',
    (_, schema) => {
      expect(schema.minimum).toBeTypeOf('number');
      expect(Number.isSafeInteger(schema.maximum)).toBe(true);
    },
  );
});
