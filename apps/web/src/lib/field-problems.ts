import type { TSchema } from 'typebox';
// Only the checker, by name: the default `Value` of typebox/value would ship every value operation
// (convert, create, diff, …) with it.
import { Errors } from 'typebox/schema';
import { type FieldProblem, problemsOf } from './simple-schema';

export type { FieldProblem } from './simple-schema';

/**
 * Checks a request against the same schema the API validates it with, and names the first
 * problem of each of `fields` (missing, too long, or otherwise invalid). The sign-in page, whose
 * requests are simple, uses simpleFieldProblems (lib/simple-schema.ts) to stay small.
 */
export function fieldProblems<Field extends string>(
  schema: TSchema,
  request: Record<Field, unknown>,
  fields: readonly Field[],
): Partial<Record<Field, FieldProblem>> {
  const [, errors] = Errors(schema, request);
  return problemsOf(errors, fields);
}
