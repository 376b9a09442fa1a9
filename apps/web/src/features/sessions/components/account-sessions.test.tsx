import { ERROR_CODES, type SessionListItem } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import { apiErrorReply, createMe } from '@/testing/data-generators';
import { type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const ME = 'GET /api/me';
const SESSIONS = 'GET /api/sessions';
const REVOKE_OTHERS = 'POST /api/sessions/revoke-others';

beforeAll(() => {
  // Until the section is part of the locale files, the tests bring it themselves.
  for (const [language, text] of Object.entries({ en, de, fr })) {
    i18next.addResourceBundle(language, 'translation', { sessions: text }, true, true);
  }
});

function createSession(overrides: Partial<SessionListItem> = {}): SessionListItem {
  return {
    id: '2b1c6f0e-4d7a-4f1e-9b3a-000000000001',
    current: false,
    browser: 'Firefox',
    system: 'Windows',
    ip: '203.0.113.7',
    createdAt: '2026-03-30T08:15:42.000Z',
    lastSeenAt: '2026-03-31T10:00:00.000Z',
    expiresAt: '2026-03-31T16:15:42.000Z',
    actingTenant: { domain: 'acme-123456.tenant', name: 'Acme Corporation' },
    ...overrides,
  };
}

const CURRENT = createSession({
  id: '2b1c6f0e-4d7a-4f1e-9b3a-00000000000c',
  current: true,
  browser: 'Chrome',
  system: 'macOS',
  createdAt: '2026-03-31T09:00:00.000Z',
});
const FIREFOX = createSession();
const UNKNOWN = createSession({
  id: '2b1c6f0e-4d7a-4f1e-9b3a-000000000002',
  browser: null,
  system: null,
  ip: null,
  createdAt: '2026-03-29T07:00:05.000Z',
  actingTenant: { domain: 'globex.tenant', name: 'Globex' },
});
const revokeKey = (session: SessionListItem) => `DELETE /api/sessions/${session.id}`;

const started = (session: SessionListItem) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(session.createdAt),
  );
const short = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

async function openSessions(
  items = [CURRENT, FIREFOX, UNKNOWN],
  routes: Record<string, MockRoute> = {},
) {
  const api = mockApi({ [ME]: { body: createMe() }, [SESSIONS]: { body: { items } }, ...routes });
  const view = renderApp(null, { route: '/account/sessions' });
  await screen.findByRole('table', { name: 'Your sessions' });
  return { ...view, api };
}

function rowOf(name: RegExp) {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Account → Sessions', () => {
  it('lists the sessions, this one labelled, without a way to revoke it', async () => {
    await openSessions();

    expect(screen.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    expect(document.title).toBe('Sessions – Unified Security Portal');
    const table = screen.getByRole('table', { name: 'Your sessions' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Browser', 'IP address', 'Started', 'Last seen', 'Acting in', 'Actions']);

    const current = rowOf(/^Chrome/);
    expect(within(current).getByRole('rowheader')).toHaveTextContent(
      'Chrome on macOS This session',
    );
    expect(within(current).queryByRole('button')).not.toBeInTheDocument();

    const firefox = rowOf(/^Firefox/);
    expect(within(firefox).getByRole('rowheader')).not.toHaveTextContent('This session');
    expect(
      within(firefox)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '203.0.113.7',
      short(FIREFOX.createdAt),
      short(FIREFOX.lastSeenAt),
      'Acme Corporation (acme-123456.tenant)',
      `Revoke Firefox on Windows, started ${started(FIREFOX)}`,
    ]);

    const unknown = rowOf(/^Unknown browser/);
    expect(within(unknown).getAllByRole('cell')[0]).toHaveTextContent('–Unknown IP address');
    expect(within(unknown).getAllByRole('cell')[3]).toHaveTextContent('Globex (globex.tenant)');
    expect(within(unknown).getByRole('button')).toHaveAccessibleName(
      `Revoke Unknown browser, started ${started(UNKNOWN)}`,
    );
  });

  it('revokes one session, announces it and reloads the list', async () => {
    const { user, api } = await openSessions(undefined, {
      [revokeKey(FIREFOX)]: { status: 204 },
    });
    api.set(SESSIONS, { body: { items: [CURRENT, UNKNOWN] } });

    await user.click(
      screen.getByRole('button', {
        name: `Revoke Firefox on Windows, started ${started(FIREFOX)}`,
      }),
    );

    expect(await screen.findByText('The session was revoked.')).toHaveAttribute('role', 'status');
    expect(api.callsTo(revokeKey(FIREFOX))).toEqual([
      { method: 'DELETE', path: `/api/sessions/${FIREFOX.id}`, body: undefined },
    ]);
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Firefox/ })).toBeNull());
    expect(api.callsTo(SESSIONS)).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('says so when the session had ended already (404)', async () => {
    const { user, api } = await openSessions(undefined, {
      [revokeKey(FIREFOX)]: apiErrorReply(404, ERROR_CODES.NOT_FOUND),
    });

    await user.click(screen.getByRole('button', { name: /^Revoke Firefox/ }));

    expect(await screen.findByRole('status')).toHaveTextContent('This session had already ended.');
    await waitFor(() => expect(api.callsTo(SESSIONS)).toHaveLength(2));
  });

  it('shows an alert when revoking fails', async () => {
    const { user } = await openSessions(undefined, {
      [revokeKey(FIREFOX)]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });

    await user.click(screen.getByRole('button', { name: /^Revoke Firefox/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The service is temporarily unavailable.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('signs out all other sessions after confirming', async () => {
    const { user, api } = await openSessions(undefined, {
      [REVOKE_OTHERS]: { body: { revoked: 2 } },
    });
    api.set(SESSIONS, { body: { items: [CURRENT] } });

    await user.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out all other sessions?' });
    expect(dialog).toHaveAccessibleDescription(
      'All other sessions of your account end at once: whoever uses them has to sign in again. This session stays signed in.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Yes, sign out' }));

    expect(await screen.findByText('2 other sessions were signed out.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo(REVOKE_OTHERS)).toEqual([
      { method: 'POST', path: '/api/sessions/revoke-others', body: undefined },
    ]);
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Sign out all other sessions' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('uses the singular for one other session', async () => {
    const { user } = await openSessions([CURRENT, FIREFOX], {
      [REVOKE_OTHERS]: { body: { revoked: 1 } },
    });
    await user.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    await user.click(screen.getByRole('button', { name: 'Yes, sign out' }));
    expect(await screen.findByText('1 other session was signed out.')).toBeVisible();
  });

  it('Cancel closes the confirmation without a request', async () => {
    const { user, api } = await openSessions();
    const button = screen.getByRole('button', { name: 'Sign out all other sessions' });

    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(api.callsTo(REVOKE_OTHERS)).toHaveLength(0);
  });

  it('keeps the confirmation open with the reason when signing out fails', async () => {
    const { user } = await openSessions(undefined, {
      [REVOKE_OTHERS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });
    await user.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, sign out' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The service is temporarily unavailable.',
    );
  });

  it('offers no sign-out of others when this is the only session', async () => {
    await openSessions([CURRENT]);
    expect(screen.getByText('You are not signed in anywhere else.')).toBeVisible();
    expect(within(screen.getByRole('main')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const api = mockApi({
      [ME]: { body: createMe() },
      [SESSIONS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });
    const { user } = renderApp(null, { route: '/account/sessions' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your sessions could not be loaded.',
    );
    api.set(SESSIONS, { body: { items: [CURRENT] } });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Your sessions' })).toBeVisible();
  });

  it('leads home without account.manage, without asking for the sessions', async () => {
    const api = mockApi({ [ME]: { body: createMe({ permissions: ['portal.access'] }) } });
    const { router } = renderApp(null, { route: '/account/sessions' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.callsTo(SESSIONS)).toHaveLength(0);
  });

  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user } = await openSessions([
      CURRENT,
      FIREFOX,
      UNKNOWN,
      createSession({
        id: '2b1c6f0e-4d7a-4f1e-9b3a-000000000003',
        createdAt: '2026-03-30T08:15:43.000Z',
      }),
    ]);
    await act(() => i18next.changeLanguage(language));
    expectDistinctButtonNames(screen.getAllByRole('button'));
    await user.click(
      screen.getByRole('button', { name: i18next.t('sessions.revokeOthers.button') }),
    );
    expectDistinctButtonNames(within(screen.getByRole('dialog')).getAllByRole('button'));
  });
});
