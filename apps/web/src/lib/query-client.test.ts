import { endpoints } from '@portal/shared';
import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/testing/mock-api';
import { callApi, startNewSessionEpoch } from './api-client';
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
      .fetchQuery({ queryKey: ['users'], queryFn: () => callApi(endpoints.listUsers) })
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
      .fetchQuery({ queryKey: ['customers'], queryFn: () => callApi(endpoints.listCustomers) })
      .catch(() => {});
    startNewSessionEpoch();
    answer(unauthenticated);
    await inFlight;
    expect(onSessionEnded).not.toHaveBeenCalled();

    // A request sent with the new session that is refused does mean the session ended.
    await client
      .fetchQuery({ queryKey: ['customers', 2], queryFn: () => callApi(endpoints.listCustomers) })
      .catch(() => {});
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });
});
