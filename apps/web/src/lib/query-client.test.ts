import { endpointRoutes } from '@portal/shared';
import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/testing/mock-api';
import { type ApiError, callApi, startNewSessionEpoch } from './api-client';
import { createQueryClient } from './query-client';

const unauthenticated = {
  status: 401,
  body: { error: 'unauthenticated', message: 'Sign in to continue.' },
};

describe('query client: noticing an ended session', () => {
  it('reports a 401 as the end of the session', async () => {
    mockApi({ 'GET /api/users': unauthenticated });
    const onSessionEnded = vi.fn();
    const client = createQueryClient({ onSessionEnded, retry: false });
    await client
      .fetchQuery({ queryKey: ['users'], queryFn: () => callApi(endpointRoutes.listUsers) })
      .catch(() => {});
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('ignores the 401 of a request sent before the session id was rotated (customer switch)', async () => {
    // The search request leaves with the old cookie; the switch revokes it before it arrives.
    let answer: (reply: typeof unauthenticated) => void = () => {};
    let calls = 0;
    mockApi({
      'GET /api/customers': () =>
        ++calls === 1 ? new Promise((resolve) => (answer = resolve)) : unauthenticated,
    });
    const onSessionEnded = vi.fn();
    const client = createQueryClient({ onSessionEnded, retry: false });
    const inFlight = client
      .fetchQuery({ queryKey: ['customers'], queryFn: () => callApi(endpointRoutes.listCustomers) })
      .catch(() => {});
    startNewSessionEpoch();
    answer(unauthenticated);
    await inFlight;
    expect(onSessionEnded).not.toHaveBeenCalled();

    // A request sent with the new session that is refused does mean the session ended.
    await client
      .fetchQuery({
        queryKey: ['customers', 2],
        queryFn: () => callApi(endpointRoutes.listCustomers),
      })
      .catch(() => {});
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });
});

describe('query client: noticing a customer that left the reseller', () => {
  const unavailable = {
    status: 403,
    body: {
      error: 'customer_unavailable',
      message: 'You no longer act in this customer.',
      ownTenantId: '00000000-0000-4000-8000-000000000001',
    },
  };

  it('reports a 403 customer_unavailable with the own tenant to act in, not as a session end', async () => {
    mockApi({ 'GET /api/users': unavailable });
    const onSessionEnded = vi.fn();
    const onCustomerUnavailable = vi.fn();
    const client = createQueryClient({ onSessionEnded, onCustomerUnavailable, retry: false });
    await client
      .fetchQuery({ queryKey: ['users'], queryFn: () => callApi(endpointRoutes.listUsers) })
      .catch(() => {});
    expect(onSessionEnded).not.toHaveBeenCalled();
    expect(onCustomerUnavailable).toHaveBeenCalledTimes(1);
    const [error] = onCustomerUnavailable.mock.calls[0] as [ApiError];
    expect(error.ownTenantId).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('ignores it from a request sent before the session last switched tenant', async () => {
    let answer: (reply: typeof unavailable) => void = () => {};
    mockApi({ 'GET /api/users': () => new Promise((resolve) => (answer = resolve)) });
    const onCustomerUnavailable = vi.fn();
    const client = createQueryClient({
      onSessionEnded: vi.fn(),
      onCustomerUnavailable,
      retry: false,
    });
    const inFlight = client
      .fetchQuery({ queryKey: ['users'], queryFn: () => callApi(endpointRoutes.listUsers) })
      .catch(() => {});
    startNewSessionEpoch();
    answer(unavailable);
    await inFlight;
    expect(onCustomerUnavailable).not.toHaveBeenCalled();
  });
});
