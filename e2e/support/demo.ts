/**
 * The demo data that `pnpm start` seeds (apps/api/src/db/seed.ts), with the e2e password. Only
 * reseller-portal.spec.ts reads it, and no spec changes it: the development OpenID provider's
 * accounts are linked to seeded accounts. Every other test makes its own data (fixtures.ts).
 */
export const E2E_DEMO_PASSWORD = 'e2e-Demo-Passw0rd-2026';

export const ACME = { domain: 'acme.tenant', name: 'Acme Corporation' };
/** The demo reseller and its administrator, who has a password (no `RSP` label). */
export const RESELLER = { domain: 'demo-reseller.tenant', name: 'Demo Reseller' };
export const RESELLER_ADMIN = { tenantDomain: 'demo-reseller.tenant', username: 'reseller.admin' };

/**
 * The development OpenID provider playing the reseller portal (tools/dev-idp): its accounts and
 * their one password. Any 6 digits pass as the one-time code of an account with MFA.
 */
export const RESELLER_PORTAL_PASSWORD = 'reseller-portal';
export const RESELLER_PORTAL_OTP = '123456';
/** With MFA at the portal; linked to a seeded reseller administrator (a password-less account). */
export const RSP_PARTNER = {
  portalUsername: 'rsp.partner',
  mfa: true,
  tenantDomain: 'demo-reseller.tenant',
  username: 'rsp.partner',
  displayName: 'Rhea Partner',
};
/** Without MFA at the portal; linked to a reseller administrator, whose role requires 2FA. */
export const RSP_NOMFA = {
  portalUsername: 'rsp.nomfa',
  mfa: false,
  tenantDomain: 'demo-reseller.tenant',
  username: 'rsp.nomfa',
  displayName: 'Nico No-MFA',
};
/** A portal account linked to nobody here. */
export const RSP_STRANGER = { portalUsername: 'rsp.stranger', mfa: false };
