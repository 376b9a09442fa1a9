import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createTotpEnrollment } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ENROLLMENT = createTotpEnrollment({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' });
const PENDING = { pending: { tenantDomain: 'acme-123456.tenant', username: 'jdoe' } };

describe('activation on a phone', () => {
  it('offers the otpauth:// link next to the QR code, and copies the secret without spaces', async () => {
    mockApi({ 'POST /api/auth/totp/enrollment': { body: ENROLLMENT } });
    const { user } = renderApp(null, { route: '/two-factor/setup', state: PENDING });

    await screen.findByRole('img', { name: 'QR code' });
    const openInApp = screen.getByRole('link', { name: 'Open in authenticator app' });
    expect(openInApp).toHaveAttribute('href', ENROLLMENT.otpauthUri);
    expect(ENROLLMENT.otpauthUri).toMatch(/^otpauth:\/\/totp\//);

    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('JBSWY3DPEHPK3PXPJBSWY3DP');
    expect(await screen.findByText('Copied')).toBeVisible();
  });
});
