/** The demo data that `pnpm start` seeds (apps/api/src/db/seed.ts), with the e2e password. */
export const E2E_DEMO_PASSWORD = 'e2e-Demo-Passw0rd-2026';

export const ALICE = {
  tenantDomain: 'acme.tenant',
  username: 'alice',
  displayName: 'Alice Anderson',
  email: 'alice@acme.example',
};
export const ACME = { domain: 'acme.tenant', name: 'Acme Corporation' };
export const ACME_ADMIN = {
  tenantDomain: 'acme.tenant',
  username: 'admin',
  displayName: 'Acme Admin',
};
export const GLOBEX = { domain: 'globex.tenant', name: 'Globex Corporation' };
export const GLOBEX_ADMIN = {
  tenantDomain: 'globex.tenant',
  username: 'admin',
  displayName: 'Globex Admin',
};

/** Initech requires 2FA of every user. */
export const INITECH = { domain: 'initech.tenant', name: 'Initech' };
export const INITECH_ADMIN = { tenantDomain: 'initech.tenant', username: 'admin' };
export const MILTON = {
  tenantDomain: 'initech.tenant',
  username: 'milton',
  email: 'milton@initech.example',
};

/** The demo reseller: its administrator must activate 2FA at the first sign-in. */
export const RESELLER = { domain: 'demo-reseller.tenant', name: 'Demo Reseller' };
export const RESELLER_ADMIN = {
  tenantDomain: 'demo-reseller.tenant',
  username: 'reseller.admin',
  displayName: 'Rita Reseller',
};
/** An Acme user whom only roles.spec.ts changes (it makes him an administrator). */
export const BOB = {
  tenantDomain: 'acme.tenant',
  username: 'bob',
  displayName: 'Bob Baker',
  email: 'bob@acme.example',
};

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
