import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { describeStartError } from './start-error.js';

describe('describeStartError', () => {
  it('gives a known error its message', () => {
    expect(describeStartError(new ConfigError('PORT must be a whole number'))).toBe(
      'PORT must be a whole number',
    );
  });

  it('folds any other error into one line with its code, never a stack trace', () => {
    const error = Object.assign(
      new Error('Invalid `prisma.tenant.create()` invocation:\n\n\n  Unique constraint failed'),
      { code: 'P2002' },
    );
    const line = describeStartError(error);
    expect(line).toBe(
      'Invalid `prisma.tenant.create()` invocation: Unique constraint failed (P2002)',
    );
    expect(line).not.toContain('\n');
    expect(describeStartError('plain')).toBe('plain');
  });
});
