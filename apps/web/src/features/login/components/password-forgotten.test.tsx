import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('"Password forgotten?" dialog', () => {
  it('opens a labelled modal dialog, keeps focus inside and closes on Escape', async () => {
    const { user } = renderApp(null, { route: '/login' });
    const trigger = screen.getByRole('button', { name: 'Password forgotten?' });

    await user.click(trigger);

    const dialog = screen.getByRole('dialog', { name: 'Password forgotten?' });
    expect(dialog).toHaveAccessibleDescription(/coming soon/);
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('closes with its Close button and returns focus to the trigger', async () => {
    const { user } = renderApp(null, { route: '/login' });
    const trigger = screen.getByRole('button', { name: 'Password forgotten?' });

    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });
});
