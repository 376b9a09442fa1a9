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
