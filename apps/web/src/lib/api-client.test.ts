import { ERROR_CODES, endpointRoutes } from '@portal/shared';
import { describe, expect, it, vi } from 'vitest';
import { createUserListItem } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { ApiError, callApi, parseRetryAfter } from './api-client';

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const USER = createUserListItem({ id: '3f0e0c4e-1234-4aaa-8aaa-123456789abc' });
const USER_PATH = `/api/users/${USER.id}`;

describe('callApi', () => {
  it('sends JSON with same-origin credentials and resolves with the typed answer', async () => {
    const body = { username: 'jdoe', email: 'j@example.com', role: 'user' } as const;
    mockApi({ 'POST /api/users': { status: 201, body: USER } });

    await expect(callApi(endpointRoutes.createUser, { body })).resolves.toEqual(USER);

    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(url).toBe('/api/users');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  });

  it('fills in path parameters (encoded) and sends PUT, PATCH and DELETE', async () => {
    const mock = mockApi({
      [`PUT ${USER_PATH}/rsp-link`]: { body: USER },
      [`PATCH ${USER_PATH}`]: { body: USER },
      [`DELETE ${USER_PATH}`]: { status: 204 },
    });
    const params = { userId: USER.id };

    await callApi(endpointRoutes.linkUserToResellerPortal, { params, body: { subject: 's' } });
    await callApi(endpointRoutes.updateUser, { params, body: { displayName: 'x' } });
    await expect(callApi(endpointRoutes.deleteUser, { params })).resolves.toBeUndefined();

    expect(mock.calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'PUT', path: `${USER_PATH}/rsp-link`, body: { subject: 's' } },
      { method: 'PATCH', path: USER_PATH, body: { displayName: 'x' } },
      { method: 'DELETE', path: USER_PATH, body: undefined },
    ]);
    const [, deleteInit] = vi.mocked(fetch).mock.calls[2] ?? [];
    expect(deleteInit?.headers).toEqual({ Accept: 'application/json' });
  });

  it('builds the query string from the defined, non-empty values', async () => {
    mockApi({ 'GET /api/users': { body: { items: [], total: 0, nextCursor: null } } });

    await callApi(endpointRoutes.listUsers, { query: { search: 'a b&c', limit: 10 } });
    await callApi(endpointRoutes.listUsers, { query: { search: '', offset: undefined } });

    const urls = vi.mocked(fetch).mock.calls.map(([url]) => url);
    expect(urls).toEqual(['/api/users?search=a+b%26c&limit=10', '/api/users']);
  });

  it('resolves undefined for 204 No Content', async () => {
    mockApi({ 'POST /api/auth/logout': { status: 204 } });
    await expect(callApi(endpointRoutes.logout)).resolves.toBeUndefined();
  });

  it('throws an ApiError built from the error body', async () => {
    mockApi({
      'POST /api/auth/login': {
        status: 429,
        body: { error: 'too_many_attempts', message: 'Slow down', retryAfterSeconds: 30 },
        headers: { 'Retry-After': '99' },
      },
    });
    const body = { tenantDomain: 't', username: 'u', password: 'p' };
    const error = await caught(callApi(endpointRoutes.login, { body }));
    expect(error).toMatchObject({
      status: 429,
      code: ERROR_CODES.TOO_MANY_ATTEMPTS,
      message: 'Slow down',
      retryAfterSeconds: 30,
    });
  });

  it('takes the wait from Retry-After when the body has none, and keeps the field', async () => {
    const body = { tenantDomain: 't', username: 'u', password: 'p' };
    mockApi({
      'POST /api/auth/login': {
        status: 429,
        body: { error: 'too_many_attempts', message: 'x' },
        headers: { 'Retry-After': '12' },
      },
    });
    expect((await caught(callApi(endpointRoutes.login, { body }))).retryAfterSeconds).toBe(12);
    mockApi({
      'POST /api/auth/login': {
        status: 400,
        body: { error: 'validation_error', message: 'x', field: 'username' },
      },
    });
    expect((await caught(callApi(endpointRoutes.login, { body }))).field).toBe('username');
  });

  it('keeps the reason of a weak_password answer', async () => {
    mockApi({
      'POST /api/auth/password/reset': {
        status: 422,
        body: { error: 'weak_password', message: 'x', reason: 'common' },
      },
    });
    const body = { token: 't', password: 'p' };
    const error = await caught(callApi(endpointRoutes.resetPassword, { body }));
    expect(error).toMatchObject({ status: 422, code: ERROR_CODES.WEAK_PASSWORD, reason: 'common' });
  });

  it('maps a network failure, a non-JSON 502 and an unknown code to catalogue codes', async () => {
    mockApi({ 'GET /api/me': 'network-error' });
    expect(await caught(callApi(endpointRoutes.me))).toMatchObject({
      status: 0,
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
    });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    expect(await caught(callApi(endpointRoutes.me))).toMatchObject({
      status: 502,
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
    });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ error: 'from_a_newer_server', message: 'x' }, { status: 409 }),
      ),
    );
    expect(await caught(callApi(endpointRoutes.me))).toMatchObject({
      status: 409,
      code: ERROR_CODES.INTERNAL_ERROR,
    });
  });
});

describe('the test mock holds to the contract', () => {
  // Here the report is what is expected, so it is caught instead of failing the test.
  const reports = () => vi.spyOn(console, 'error').mockImplementation(() => {});

  it('reports a reply the endpoint cannot give', async () => {
    const report = reports();
    mockApi({ 'GET /api/me': { status: 409, body: { error: 'last_admin', message: 'x' } } });
    await callApi(endpointRoutes.me).catch(() => {});
    expect(report).toHaveBeenCalledWith(
      expect.stringContaining('last_admin is not one of its errors'),
    );
  });

  it('reports a body that does not match the answer schema', async () => {
    const report = reports();
    mockApi({ 'GET /api/users': { body: { items: 'none' } } });
    await callApi(endpointRoutes.listUsers).catch(() => {});
    expect(report).toHaveBeenCalledWith(expect.stringContaining('the 200 body does not match'));
  });

  it('reports a request that no endpoint takes', async () => {
    const report = reports();
    mockApi({ 'GET /api/nothing': { body: {} } });
    await fetch('/api/nothing').catch(() => {});
    expect(report).toHaveBeenCalledWith(
      expect.stringContaining('no endpoint for GET /api/nothing'),
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
