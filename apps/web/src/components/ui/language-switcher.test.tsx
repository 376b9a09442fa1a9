import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '@/config/constants';
import { renderApp } from '@/testing/render-app';

describe('language switcher', () => {
  it('switches every text, <html lang> and the title, and remembers the choice', async () => {
    const { user } = renderApp(null, { route: '/login' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Anmelden');
    expect(screen.getByLabelText('Benutzername')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Anmelden – Unified Security Portal');
    expect(localStorage.getItem(STORAGE_KEYS.language)).toBe('de');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'Français');
    expect(screen.getByLabelText('Mot de passe')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(STORAGE_KEYS.language)).toBe('fr');
  });

  it('names each language in itself', () => {
    renderApp(null, { route: '/login' });
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['English', 'Deutsch', 'Français']);
    expect(options.map((option) => option.getAttribute('lang'))).toEqual(['en', 'de', 'fr']);
  });
});
