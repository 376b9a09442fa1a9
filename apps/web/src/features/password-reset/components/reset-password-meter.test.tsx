import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createResetTokenInfo } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const VERIFY = 'POST /api/auth/password/reset/verify';
const RESET = 'POST /api/auth/password/reset';
const COMMON =
  'This password is on a list of common or breached passwords. Choose a different password.';

describe('reset page: one password judge', () => {
  it.each(['aaaaaaaaaaaa', 'password1234'])(
    'shows %s as refused while typing, before anything is sent',
    async (weak) => {
      const api = mockApi({ [VERIFY]: { body: createResetTokenInfo() } });
      const { user } = renderApp(null, { route: '/password/reset#token=abcdefghijklmnop' });
      const password = await screen.findByLabelText('New password');
      const meter = screen.getByRole('meter', { name: 'Password strength' });

      await user.type(password, weak);

      expect(meter).toHaveAttribute('aria-valuetext', 'Weak');
      expect(password).toHaveAccessibleDescription(expect.stringContaining(COMMON));
      await user.type(screen.getByLabelText('Confirm password'), weak);
      await user.click(screen.getByRole('button', { name: 'Change password' }));
      expect(password).toHaveAttribute('aria-invalid', 'true');
      expect(api.callsTo(RESET)).toHaveLength(0);
    },
  );
});
