import { ERROR_CODES, TEXT_PATTERN } from '@portal/shared';
import type { FastifyError } from 'fastify';
import { AppError } from '../../lib/app-error.js';

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

/** A 400 that names the field and says, in plain words, what is wrong with it. */
export function describeValidationError(error: FastifyError): AppError {
  const issue = error.validation?.[0];
  const part = error.validationContext ?? 'body';
  if (!issue) return new AppError(ERROR_CODES.VALIDATION_ERROR, `The ${part} is not valid.`);
  const field = fieldName(issue) ?? part;
  return new AppError(ERROR_CODES.VALIDATION_ERROR, `${field} ${problem(issue)}.`, { field });
}

function fieldName(issue: ValidationIssue): string | undefined {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = issue.params.missingProperty;
  if (typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  return path || undefined;
}

function problem(issue: ValidationIssue): string {
  const { limit, type, pattern, format } = issue.params;
  switch (issue.keyword) {
    case 'required':
      return 'is required';
    case 'maxLength':
      return `must be at most ${limit} characters`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters`;
    case 'type':
      return `must be of type ${type}`;
    case 'pattern':
      return pattern === TEXT_PATTERN
        ? 'must not contain control characters or malformed Unicode'
        : 'is not in the expected form';
    case 'format':
      return format === 'date-time'
        ? 'must be an RFC 3339 date-time between the years 0001 and 9999'
        : `must be a valid ${format}`;
    case 'maximum':
      return `must be at most ${limit}`;
    default:
      return issue.message ?? 'is not valid';
  }
}
