/**
 * The texts of the portal frame (header, menu, 2FA banner) and its home page: the section `portal`
 * of the texts that app/texts/ assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main',
  tenantLabel: 'Tenant',
  userLabel: 'Signed in as',
  logOut: 'Log out',
  menu: {
    home: 'Home',
    customers: 'Customers',
    users: 'Users',
    tenantSettings: 'Tenant settings',
    auditLog: 'Audit log',
    accountSecurity: 'Account',
    accountSessions: 'Sessions',
  },
  actingIn: 'Acting in {{name}}',
  switchCustomer: 'Switch customer',
  twoFactorBanner: {
    label: 'Security notice',
    text: 'Two-factor authentication is required for your account from {{date}}. Enable it now to keep access.',
    enable: 'Enable 2FA',
  },
  logoutFailed: 'Logging out did not work. Please try again.',
  loadError: 'Your account could not be loaded.',
  home: {
    documentTitle: 'Home',
    welcome: 'Welcome, {{name}}',
    intro: 'You are signed in to the Unified Security Portal.',
    account: {
      heading: 'Your account',
      username: 'Username',
      displayName: 'Display name',
      email: 'E-mail',
      roles: 'Roles',
      tenant: 'Tenant',
      actingTenant: 'Acting in tenant',
      twoFactor: 'Two-factor authentication',
      twoFactorOn: 'Enabled',
      twoFactorOff: 'Not enabled',
      twoFactorAtPortal: 'Managed by the reseller portal',
      noRoles: 'No roles',
    },
  },
};

export type PortalText = typeof en;
