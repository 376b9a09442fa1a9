import {
  ForgotPasswordRequest,
  LIMITS,
  LoginRequest,
  RecoveryCodeRequest,
  type SimpleSchema,
  TotpCodeField,
} from '@portal/shared';
import { Type } from 'typebox';
import { Check, Errors } from 'typebox/schema';
import { describe, expect, it } from 'vitest';
import { matchesSimpleSchema, simpleSchemaErrors } from './simple-schema';

const CONTROL = '\u0007';
const texts = [
  '',
  'a',
  ' ',
  `a${CONTROL}b`,
  '\ud800',
  '😀'.repeat(64),
  '😀'.repeat(65),
  'x'.repeat(LIMITS.usernameMax),
  'x'.repeat(LIMITS.usernameMax + 1),
  `${'x'.repeat(LIMITS.tenantDomainMax + 1)}${CONTROL}`,
  'x'.repeat(LIMITS.passwordMax + 1),
];

const credentials = texts.flatMap((text) => [
  { tenantDomain: text, username: 'jdoe', password: 'secret' },
  { tenantDomain: 'a.tenant', username: text, password: text },
]);

const cases = [
  ['LoginRequest', LoginRequest, [...credentials, { ...credentials[1], extra: 1 }, {}, 'x', null]],
  [
    'ForgotPasswordRequest',
    ForgotPasswordRequest,
    credentials.map(({ password, ...rest }) => rest),
  ],
  ['RecoveryCodeRequest', RecoveryCodeRequest, texts.map((code) => ({ code }))],
  ['TotpCodeField', TotpCodeField, ['123456', '12345', '1234567', '12 456', '١٢٣٤٥٦', 123456]],
] as const;

const asTypeBoxReports = (schema: object, value: unknown) =>
  Errors(schema, value)[1].map(({ instancePath, keyword }) => ({ instancePath, keyword }));

describe('the simple schema checker of the sign-in page', () => {
  it.each(cases)('reports what TypeBox reports for %s, in its order', (_, schema, values) => {
    for (const value of values) {
      expect(simpleSchemaErrors(schema, value), JSON.stringify(value)).toEqual(
        asTypeBoxReports(schema, value),
      );
      expect(matchesSimpleSchema(schema, value)).toBe(Check(schema, value));
    }
  });

  it('refuses a schema with a keyword it does not check, rather than passing it', () => {
    expect(() => simpleSchemaErrors(Type.String({ format: 'email' }), 'a@b.c')).toThrow(/format/);
    // An array schema is outside SimpleSchema's type too; the check also holds for untyped data.
    const array = Type.Array(Type.String()) as unknown as SimpleSchema;
    expect(() => simpleSchemaErrors(array, [])).toThrow(/not supported/);
  });
});
