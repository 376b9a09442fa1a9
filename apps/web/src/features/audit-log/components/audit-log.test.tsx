import { type AuditEventItem, ERROR_CODES } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import {
  apiErrorReply,
  createMe,
  createUserList,
  createUserListItem,
} from '@/testing/data-generators';
import { type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const ME = 'GET /api/me';
const EVENTS = 'GET /api/audit-events';
const USERS = 'GET /api/users';
const ADMIN = createMe({ user: { roles: ['admin'] } });
const HERE = ADMIN.actingTenant.domain;

beforeAll(() => {
  // Until the section is part of the locale files, the tests bring it themselves.
  for (const [language, text] of Object.entries({ en, de, fr })) {
    i18next.addResourceBundle(language, 'translation', { auditLog: text }, true, true);
  }
});

const JDOE = createUserListItem({ id: '0f8fad5b-d9cb-469f-a165-70867728950e', username: 'jdoe' });
const MILTON = createUserListItem({
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  username: 'milton',
  displayName: 'Milton Waddams',
});

let nextId = 1;
function createEvent(overrides: Partial<AuditEventItem> = {}): AuditEventItem {
  const id = String(nextId++);
  return {
    id,
    type: 'login.succeeded',
    createdAt: '2026-03-31T12:05:09.000Z',
    ip: '203.0.113.7',
    actor: {
      id: JDOE.id,
      username: 'jdoe',
      displayName: 'John Doe',
      tenantDomain: HERE,
      deleted: false,
    },
    subject: null,
    details: {},
    ...overrides,
  };
}

const RESELLER_CREATED_USER = createEvent({
  type: 'user.created',
  actor: {
    id: 'r1',
    username: 'reseller.admin',
    displayName: '',
    tenantDomain: 'demo-reseller.tenant',
    deleted: false,
  },
  subject: {
    id: MILTON.id,
    username: 'milton',
    displayName: 'Milton Waddams',
    tenantDomain: HERE,
    deleted: false,
  },
});
const DELETED_USER_LOGIN = createEvent({
  type: 'logout',
  createdAt: '2026-03-30T08:00:00.000Z',
  actor: { id: 'gone', username: null, displayName: null, tenantDomain: HERE, deleted: true },
  ip: null,
});
const UNKNOWN_USER_FAILED = createEvent({ type: 'login.failed', actor: null });

async function openAuditLog({
  route = '/audit',
  me = ADMIN,
  routes = {},
}: {
  route?: string;
  me?: typeof ADMIN;
  routes?: Record<string, MockRoute>;
} = {}) {
  const api = mockApi({
    [ME]: { body: me },
    [USERS]: { body: createUserList([JDOE, MILTON]) },
    [EVENTS]: {
      body: {
        items: [RESELLER_CREATED_USER, DELETED_USER_LOGIN, UNKNOWN_USER_FAILED],
        nextCursor: null,
      },
    },
    ...routes,
  });
  const view = renderApp(null, { route });
  await screen.findByRole('table', { name: 'Audit events' });
  return { ...view, api };
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const bodyRows = () => screen.getAllByRole('row').slice(1);
const eventQueries = (api: Awaited<ReturnType<typeof openAuditLog>>['api']) =>
  api.callsTo(EVENTS).map((call) => call.query);

describe('Audit log', () => {
  it('lists the events: when, what, who, to whom, from where', async () => {
    const { api } = await openAuditLog();

    expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    expect(document.title).toBe('Audit log – Unified Security Portal');
    expect(eventQueries(api)).toEqual([{ limit: '50' }]);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Time',
      'Event',
      'Done by',
      'Affected user',
      'IP address',
    ]);
    expect(screen.getByRole('navigation', { name: 'Audit log pages' })).toHaveTextContent(
      '1–3 of 3',
    );

    const [created, logout, failed] = bodyRows();
    if (!created || !logout || !failed) throw new Error('three rows expected');
    const time = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(within(created).getByRole('rowheader')).toHaveTextContent(
      time.format(new Date(RESELLER_CREATED_USER.createdAt)),
    );
    expect(within(created).getByRole('rowheader').querySelector('time')).toHaveAttribute(
      'datetime',
      RESELLER_CREATED_USER.createdAt,
    );
    // A reseller's user acting in this customer is named with the reseller's domain.
    expect(cellsOf(created)).toEqual([
      'User created',
      'reseller.admin (demo-reseller.tenant)',
      'milton',
      '203.0.113.7',
    ]);
    expect(cellsOf(logout)).toEqual(['Signed out', 'Deleted user', '–None', '–Unknown']);
    expect(cellsOf(failed)).toEqual(['Sign-in failed', '–None', '–None', '203.0.113.7']);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('names users deleted since by the name the event kept, and what a failed sign-in tried', async () => {
    const carol = {
      id: 'c4r01',
      username: 'carol.c',
      displayName: 'Carol Cohen',
      tenantDomain: HERE,
      deleted: true,
    };
    const carolChanged = createEvent({
      type: 'user.updated',
      actor: { ...carol, id: 'r1', username: 'rita', tenantDomain: 'demo-reseller.tenant' },
      subject: carol,
    });
    const ghostFailed = createEvent({
      type: 'login.failed',
      actor: null,
      details: { tenantDomain: HERE, username: 'ghost' },
    });
    await openAuditLog({
      routes: { [EVENTS]: { body: { items: [carolChanged, ghostFailed], nextCursor: null } } },
    });
    const [changed, failed] = bodyRows();
    if (!changed || !failed) throw new Error('two rows expected');
    expect(cellsOf(changed)).toEqual([
      'User changed',
      'rita (demo-reseller.tenant, deleted)',
      'carol.c (deleted)',
      '203.0.113.7',
    ]);
    expect(cellsOf(failed)).toEqual([
      'Sign-in failed',
      '–None',
      `Tried: ghost at ${HERE}`,
      '203.0.113.7',
    ]);
  });

  it('names the operator’s command line as the actor of its changes', async () => {
    const deactivated = createEvent({
      type: 'tenant.deactivated',
      actor: null,
      ip: null,
      details: { actor: 'operator', domain: HERE, name: 'Acme' },
    });
    await openAuditLog({
      routes: { [EVENTS]: { body: { items: [deactivated], nextCursor: null } } },
    });
    const [row] = bodyRows();
    if (!row) throw new Error('one row expected');
    expect(cellsOf(row)).toEqual([
      'Tenant deactivated',
      'Operator (command line)',
      '–None',
      '–Unknown',
    ]);
  });

  it('filters by event type, user and days, and puts them in the URL', async () => {
    const { user, api, router } = await openAuditLog();

    const type = screen.getByRole('combobox', { name: 'Event type' });
    expect(within(type).getAllByRole('option')[0]).toHaveTextContent('All events');
    await user.selectOptions(type, 'User created');
    await waitFor(() => expect(api.callsTo(EVENTS)).toHaveLength(2));

    const users = screen.getByRole('combobox', { name: 'User' });
    expect(
      within(users)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All users', 'jdoe (Jane Doe)', 'milton (Milton Waddams)']);
    await user.selectOptions(users, 'milton (Milton Waddams)');
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.type(screen.getByLabelText('To'), '2026-03-31');

    await waitFor(() =>
      expect(eventQueries(api).at(-1)).toEqual({
        type: 'user.created',
        userId: MILTON.id,
        from: new Date(2026, 2, 1).toISOString(),
        to: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
        limit: '50',
      }),
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      type: 'user.created',
      user: MILTON.id,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(api.callsTo(USERS).map((call) => call.query)).toEqual([{ limit: '200' }]);
  });

  it('opens a link with filters as it was shared', async () => {
    const { api } = await openAuditLog({
      route: `/audit?type=login.failed&user=${JDOE.id}&from=2026-03-01`,
    });

    expect(eventQueries(api)).toEqual([
      {
        userId: JDOE.id,
        type: 'login.failed',
        from: new Date(2026, 2, 1).toISOString(),
        limit: '50',
      },
    ]);
    expect(screen.getByRole('combobox', { name: 'Event type' })).toHaveDisplayValue(
      'Sign-in failed',
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'User' })).toHaveDisplayValue('jdoe (Jane Doe)'),
    );
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
  });

  it('clears the filters', async () => {
    const { user, api, router } = await openAuditLog({ route: '/audit?type=logout' });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(eventQueries(api).at(-1)).toEqual({ limit: '50' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('combobox', { name: 'Event type' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('says so and asks nothing when the end day is before the start day', async () => {
    const { user, api } = await openAuditLog();

    await user.type(screen.getByLabelText('From'), '2026-03-31');
    await user.type(screen.getByLabelText('To'), '2026-03-01');

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(
      'The end date is before the start date.',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(eventQueries(api).every((query) => query?.to === undefined)).toBe(true);
  });

  it('pages through older events with Next and Previous, as the user list does', async () => {
    const older = createEvent({ type: 'password.changed', createdAt: '2026-03-01T10:00:00.000Z' });
    const { user, api } = await openAuditLog({
      route: '/audit?type=password.changed',
      routes: {
        [EVENTS]: (call) => ({
          body: call.query?.cursor
            ? { items: [older], nextCursor: null }
            : { items: [createEvent({ type: 'password.changed' })], nextCursor: '1234' },
        }),
      },
    });
    const pages = screen.getByRole('navigation', { name: 'Audit log pages' });
    const previous = within(pages).getByRole('button', { name: 'Previous' });
    const next = within(pages).getByRole('button', { name: 'Next' });
    // No total is counted: none is shown until the last page.
    expect(pages).toHaveTextContent(/^1–1Previous/);
    expect(previous).toHaveAttribute('aria-disabled', 'true');

    await user.click(next);

    await waitFor(() => expect(pages).toHaveTextContent('2–2 of 2'));
    expect(bodyRows()).toHaveLength(1);
    expect(within(bodyRows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(
        new Date(older.createdAt),
      ),
    );
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await user.click(previous);
    await waitFor(() => expect(pages).toHaveTextContent(/^1–1Previous/));
    expect(eventQueries(api)).toEqual([
      { type: 'password.changed', limit: '50' },
      { type: 'password.changed', limit: '50', cursor: '1234' },
      { type: 'password.changed', limit: '50' },
    ]);
  });

  it('starts again at the first page when a filter changes', async () => {
    const { user, api } = await openAuditLog({
      routes: { [EVENTS]: { body: { items: [createEvent()], nextCursor: '99' } } },
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsTo(EVENTS)).toHaveLength(2));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Event type' }), 'User created');

    await waitFor(() => expect(api.callsTo(EVENTS)).toHaveLength(3));
    expect(eventQueries(api).at(-1)).toEqual({ type: 'user.created', limit: '50' });
  });

  it('says when nothing matches', async () => {
    mockApi({
      [ME]: { body: ADMIN },
      [USERS]: { body: createUserList([]) },
      [EVENTS]: { body: { items: [], nextCursor: null } },
    });
    renderApp(null, { route: '/audit' });
    expect(await screen.findByText('No events found.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers no user filter without users.read', async () => {
    const { api } = await openAuditLog({
      me: createMe({ permissions: ['portal.access', 'audit.read'] }),
    });
    expect(screen.queryByRole('combobox', { name: 'User' })).not.toBeInTheDocument();
    expect(api.callsTo(USERS)).toHaveLength(0);
  });

  it('offers to try again when the log cannot be loaded', async () => {
    const api = mockApi({
      [ME]: { body: ADMIN },
      [USERS]: { body: createUserList([]) },
      [EVENTS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });
    const { user } = renderApp(null, { route: '/audit' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The audit log could not be loaded.',
    );
    api.set(EVENTS, { body: { items: [createEvent()], nextCursor: null } });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Audit events' })).toBeVisible();
  });

  it('leads home without audit.read, without asking for events', async () => {
    const api = mockApi({ [ME]: { body: createMe({ user: { roles: ['user'] } }) } });
    const { router } = renderApp(null, { route: '/audit' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.callsTo(EVENTS)).toHaveLength(0);
  });

  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    await openAuditLog({
      route: '/audit?type=logout',
      routes: { [EVENTS]: { body: { items: [createEvent()], nextCursor: '7' } } },
    });
    await act(() => i18next.changeLanguage(language));
    await screen.findByRole('button', { name: i18next.t('common.pager.next') });
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });
});
