import type { TSchema } from 'typebox';
// Only the checker, by name: the default `Value` of typebox/value would ship every value operation
// (convert, create, diff, …) with it.
import { Errors } from 'typebox/schema';

/** What is wrong with a typed value, in the terms a form shows it. */
export type FieldProblem = 'Required' | 'TooLong' | 'Invalid';

/**
 * Checks a request against the same schema the API validates it with, and names the first
 * problem of each of `fields` (missing, too long, or otherwise invalid).
 */
export function fieldProblems<Field extends string>(
  schema: TSchema,
  request: Record<Field, unknown>,
  fields: readonly Field[],
): Partial<Record<Field, FieldProblem>> {
  const problems: Partial<Record<Field, FieldProblem>> = {};
  const [, errors] = Errors(schema, request);
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
