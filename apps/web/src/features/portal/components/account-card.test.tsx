import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { AccountCard } from './account-card';

describe('account card: two-factor state', () => {
  it('shows our own 2FA state for a password sign-in', () => {
    render(<AccountCard me={createMe({ user: { twoFactorEnabled: false } })} />);
    expect(screen.getByText('Not enabled')).toBeInTheDocument();
  });

  it('says the reseller portal manages 2FA for a portal sign-in', () => {
    const me = createMe({ user: { twoFactorEnabled: false } });
    render(
      <AccountCard me={{ ...me, session: { ...me.session, authMethod: 'reseller_portal' } }} />,
    );
    expect(screen.getByText('Managed by the reseller portal')).toBeInTheDocument();
    expect(screen.queryByText('Not enabled')).not.toBeInTheDocument();
  });
});
