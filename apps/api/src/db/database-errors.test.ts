import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isUniqueViolation } from './database-errors.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET', 'read ECONNRESET')],
    ['an unknown host', withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND db')],
    ['SQLSTATE 57P01 (admin shutdown)', withCode('57P01', 'terminating connection')],
    [
      'SQLSTATE 57P03 (cannot connect now)',
      withCode('57P03', 'the database system is starting up'),
    ],
    ['SQLSTATE 08006 (connection failure)', withCode('08006', 'connection failure')],
    ['SQLSTATE 08001 (cannot establish)', withCode('08001')],
    ['Prisma P1001 (cannot reach the database)', withCode('P1001', "Can't reach database server")],
    ['Prisma P2024 (pool timeout)', withCode('P2024')],
    [
      'a driver adapter error whose originalCode is 08006',
      Object.assign(new Error('x'), { originalCode: '08006' }),
    ],
    [
      'a driver adapter error of kind DatabaseNotReachable',
      Object.assign(new Error('x'), { kind: 'DatabaseNotReachable' }),
    ],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pg: a query past query_timeout', new Error('Query read timeout')],
    [
      'SQLSTATE 57014 (statement_timeout)',
      withCode('57014', 'canceling statement due to statement timeout'),
    ],
    [
      'pg: timeout exceeded when trying to connect',
      new Error('timeout exceeded when trying to connect'),
    ],
  ])('is true for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('is true for a nested cause', () => {
    const inner = withCode('ECONNREFUSED');
    const middle = new Error('query failed', { cause: inner });
    expect(isDatabaseUnavailable(new Error('request failed', { cause: middle }))).toBe(true);
  });

  it('is true for an AggregateError with one refused connection (IPv4 and IPv6 attempts)', () => {
    const error = new AggregateError([new Error('other'), withCode('ECONNREFUSED')], '');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      'a unique violation (SQLSTATE 23505)',
      withCode('23505', 'duplicate key value violates unique constraint'),
    ],
    ['a Prisma unique violation (P2002)', withCode('P2002', 'Unique constraint failed')],
    ['a syntax error (SQLSTATE 42601)', withCode('42601', 'syntax error at or near')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a plain Error', new Error('something else')],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ECONNREFUSED'],
    ['a plain object', { code: 'ECONNREFUSED' }],
  ])('is false for something that is not an Error: %s', (_what, value) => {
    expect(isDatabaseUnavailable(value)).toBe(false);
  });

  it('does not loop forever on a cyclic cause chain', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as Error & { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it.each([
    ['Prisma P2002', withCode('P2002', 'Unique constraint failed')],
    ['SQLSTATE 23505', withCode('23505', 'duplicate key value violates unique constraint')],
    [
      'a driver adapter error whose originalCode is 23505',
      Object.assign(new Error('x'), { originalCode: '23505' }),
    ],
    [
      'a violation wrapped in causes',
      new Error('request failed', {
        cause: new Error('query failed', { cause: withCode('23505') }),
      }),
    ],
  ])('is true for %s', (_what, error) => {
    expect(isUniqueViolation(error)).toBe(true);
  });

  it.each([
    ['a foreign key violation (SQLSTATE 23503)', withCode('23503')],
    ['Prisma P2025 (record not found)', withCode('P2025')],
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a plain Error', new Error('duplicate')],
    ['undefined', undefined],
    ['a plain object', { code: 'P2002' }],
  ])('is false for %s', (_what, error) => {
    expect(isUniqueViolation(error)).toBe(false);
  });

  it('stops after a few causes instead of following a cycle forever', () => {
    const a = new Error('a');
    (a as Error & { cause?: unknown }).cause = new Error('b', { cause: a });
    expect(isUniqueViolation(a)).toBe(false);
    let deep: Error = withCode('23505');
    for (let i = 0; i < 10; i++) deep = new Error(`level ${i}`, { cause: deep });
    expect(isUniqueViolation(deep)).toBe(false);
  });
});
