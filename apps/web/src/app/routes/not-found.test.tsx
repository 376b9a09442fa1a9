import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('unknown pages', () => {
  it('say the page does not exist and link to the start page', () => {
    renderApp(null, { route: '/no/such/page' });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found – Unified Security Portal');
  });
});
