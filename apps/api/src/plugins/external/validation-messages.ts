import { ERROR_CODES } from '@portal/shared';
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
  const { limit, type } = issue.params;
  switch (issue.keyword) {
    case 'required':
      return 'is required';
    case 'maxLength':
      return `must be at most ${limit} characters`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters`;
    case 'type':
      return `must be of type ${type}`;
    default:
      return issue.message ?? 'is not valid';
  }
}
