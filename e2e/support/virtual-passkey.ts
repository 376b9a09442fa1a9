import type { Page } from '@playwright/test';

/**
 * A passkey authenticator built into the browser (Chromium's virtual authenticator over CDP): a
 * platform authenticator with user verification that always succeeds, like Touch ID or Windows
 * Hello that the person confirms. It holds discoverable credentials, so passwordless works.
 */
export async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    /** The credentials it holds (it keeps a passkey the portal removed, as a real one does). */
    async credentialCount() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials.length;
    },
  };
}
