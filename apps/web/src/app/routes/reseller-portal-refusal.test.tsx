import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const HEADING = 'Sign-in through the reseller portal failed';
const GENERIC = 'Signing in through the reseller portal did not work. Please try again.';

describe('refused reseller-portal sign-in (/login/reseller-portal)', () => {
  it('arrives with the focus on its heading (the browser comes back from the portal)', async () => {
    renderApp(null, { route: '/login/reseller-portal?reason=not_linked' });
    expect(await screen.findByRole('heading', { level: 1, name: HEADING })).toHaveFocus();
  });

  it.each([
    [
      'not_linked',
      'Your reseller-portal account is not linked to an account in this portal. Ask your administrator to link it.',
    ],
    [
      'mfa_required',
      'Your account requires two-factor authentication. Activate it in the reseller portal and sign in again.',
    ],
    [
      'account_disabled',
      'Your account in this portal is deactivated. Ask your administrator to activate it.',
    ],
    [
      'cancelled',
      'The sign-in at the reseller portal was cancelled or did not complete. Please try again.',
    ],
    [
      'invalid_response',
      'The answer from the reseller portal could not be verified. Please try again.',
    ],
    [
      'unavailable',
      'The reseller portal cannot be reached at the moment. Please try again shortly.',
    ],
  ])('%s: one heading and its explanation', (reason, text) => {
    renderApp(null, { route: `/login/reseller-portal?reason=${reason}` });

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
    expect(screen.getByRole('main')).toHaveTextContent(text);
    expect(document.title).toBe(`${HEADING} – Unified Security Portal`);
  });

  it.each([
    ['an unknown reason', '?reason=evil%3Cscript%3E'],
    ['no reason', ''],
  ])('explains %s in general terms', (_, query) => {
    renderApp(null, { route: `/login/reseller-portal${query}` });

    expect(screen.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
    expect(screen.getByRole('main')).toHaveTextContent(GENERIC);
    expect(screen.getByRole('main')).not.toHaveTextContent('script');
  });

  it('offers the portal again (through the API) and the way back to the login page', async () => {
    mockApi();
    const { user, router } = renderApp(null, { route: '/login/reseller-portal?reason=cancelled' });

    expect(screen.getByRole('link', { name: 'Try again' })).toHaveAttribute(
      'href',
      '/api/auth/rsp/login?prompt=login',
    );
    const back = screen.getByRole('link', { name: 'Back to login' });
    expect(back).toHaveAttribute('href', '/login');

    await user.click(back);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('is outside the portal frame: no session is asked for', () => {
    const api = mockApi();
    renderApp(null, { route: '/login/reseller-portal?reason=not_linked' });

    expect(screen.getByRole('banner')).toHaveTextContent('Unified Security Portal');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(api.callsTo('GET /api/me')).toHaveLength(0);
  });

  it.each([
    [
      'de',
      'Anmeldung über das Reseller-Portal fehlgeschlagen',
      'Aktivieren Sie sie im Reseller-Portal',
      ['Erneut versuchen', 'Zurück zur Anmeldung'],
    ],
    [
      'fr',
      'La connexion via le portail revendeur a échoué',
      'Activez-la dans le portail revendeur',
      ['Réessayer', 'Retour à la connexion'],
    ],
  ])('%s: speaks the language chosen', async (language, heading, text, links) => {
    const { user } = renderApp(null, { route: '/login/reseller-portal?reason=mfa_required' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), language);

    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(screen.getByRole('main')).toHaveTextContent(text);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(links);
  });
});
