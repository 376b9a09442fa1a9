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
