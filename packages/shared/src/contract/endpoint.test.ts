import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../errors.js';
import { answerBreach, endpointFor } from './conformance.js';
import { endpointUrl, errorsOf, implicitErrors, matchesPath } from './endpoint.js';
import { endpoints } from './index.js';

describe('endpointUrl', () => {
  it('fills in path parameters, encoded', () => {
    expect(endpointUrl(endpoints.updateUser, { params: { userId: 'a/b c' } })).toBe(
      '/api/users/a%2Fb%20c',
    );
  });

  it('refuses to build a URL with a parameter missing', () => {
    expect(() => endpointUrl(endpoints.updateUser, { params: {} })).toThrow(/userId/);
  });

  it('adds the query, leaving out what is undefined or empty', () => {
    const query = { search: 'ä&b', limit: 25, offset: undefined, cursor: '' };
    expect(endpointUrl(endpoints.listUsers, { query })).toBe(
      '/api/users?search=%C3%A4%26b&limit=25',
    );
    expect(endpointUrl(endpoints.listUsers)).toBe('/api/users');
  });
});

describe('matching a request to its endpoint', () => {
  it('matches parameters within one segment only', () => {
    expect(matchesPath(endpoints.updateUser, '/api/users/42')).toBe(true);
    expect(matchesPath(endpoints.updateUser, '/api/users/42/password-reset')).toBe(false);
    expect(matchesPath(endpoints.listUsers, '/api/users/')).toBe(false);
  });

  it('tells endpoints of one path apart by method', () => {
    expect(endpointFor('PATCH', '/api/users/42')).toBe(endpoints.updateUser);
    expect(endpointFor('DELETE', '/api/users/42')).toBe(endpoints.deleteUser);
    expect(endpointFor('PUT', '/api/users/42')).toBeUndefined();
  });
});

describe('the errors of an endpoint', () => {
  it('adds what follows from its shape', () => {
    expect(implicitErrors(endpoints.health)).toEqual(['service_unavailable', 'internal_error']);
    expect(errorsOf(endpoints.login)).toEqual(
      expect.arrayContaining(['invalid_credentials', 'validation_error', 'payload_too_large']),
    );
    expect(errorsOf(endpoints.me)).toEqual(
      expect.arrayContaining(['unauthenticated', 'forbidden']),
    );
    expect(errorsOf(endpoints.login)).not.toContain('forbidden');
  });

  it('adds cross_site_request to every state-changing endpoint, and only to those', () => {
    expect(errorsOf(endpoints.logout)).toContain('cross_site_request');
    expect(errorsOf(endpoints.createUser)).toContain('cross_site_request');
    expect(errorsOf(endpoints.me)).not.toContain('cross_site_request');
  });

  it('adds customer_unavailable to the session endpoints that act in the tenant', () => {
    expect(errorsOf(endpoints.me)).toContain('customer_unavailable');
    expect(errorsOf(endpoints.listUsers)).toContain('customer_unavailable');
    // The way back: they act by the user's own tenant only.
    expect(errorsOf(endpoints.switchTenant)).not.toContain('customer_unavailable');
    expect(errorsOf(endpoints.listCustomers)).not.toContain('customer_unavailable');
    expect(errorsOf(endpoints.login)).not.toContain('customer_unavailable');
  });

  it('declares only codes whose status is an error status', () => {
    for (const endpoint of Object.values(endpoints)) {
      for (const code of errorsOf(endpoint)) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('answerBreach', () => {
  const user = {
    id: 'u1',
    username: 'jdoe',
    displayName: '',
    email: null,
    roles: ['user'],
    status: 'active',
    twoFactorEnabled: false,
    twoFactorMethods: [],
    lastLoginAt: null,
    linkedToResellerPortal: false,
  };

  it('accepts a declared answer with a matching body', () => {
    expect(answerBreach(endpoints.getUser, 200, user)).toBeNull();
    expect(answerBreach(endpoints.deleteUser, 204, undefined)).toBeNull();
    expect(answerBreach(endpoints.getUser, 404, { error: 'not_found', message: 'x' })).toBeNull();
  });

  it('names an undeclared status, a body off the schema, an undeclared code, a wrong status', () => {
    expect(answerBreach(endpoints.getUser, 201, user)).toMatch(/status 201/);
    expect(answerBreach(endpoints.getUser, 200, { ...user, status: 'gone' })).toMatch(/\/status/);
    expect(answerBreach(endpoints.getUser, 409, { error: 'last_admin', message: 'x' })).toMatch(
      /not one of its errors/,
    );
    expect(answerBreach(endpoints.getUser, 400, { error: 'not_found', message: 'x' })).toMatch(
      /comes with 404/,
    );
    expect(answerBreach(endpoints.getUser, 404, { error: 'gone', message: 'x' })).toMatch(
      /not an ErrorResponse/,
    );
  });
});
