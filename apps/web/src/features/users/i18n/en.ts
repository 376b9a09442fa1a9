/**
 * The texts of User management: the section `users` of the texts that app/texts/ assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  documentTitle: 'Users',
  heading: 'User management',
  intro: 'The people who can sign in to {{tenant}} ({{domain}}).',
  search: 'Search users',
  searchHint: 'Part of a username, name or e-mail address',
  caption: 'Users',
  pages: 'User pages',
  empty: 'No users found.',
  loadError: 'The users could not be loaded.',
  columns: {
    username: 'Username',
    name: 'Name',
    email: 'E-mail',
    roles: 'Roles',
    twoFactor: 'Two-factor',
    lastLogin: 'Last sign-in',
    options: 'Options',
  },
  noEmail: 'No e-mail address',
  noRoles: 'No roles',
  twoFactorTotp: 'Authenticator app',
  twoFactorPasskey: 'Passkey',
  twoFactorBoth: 'Authenticator app and passkey',
  twoFactorOff: 'Not enabled',
  twoFactorManaged: 'Managed by the reseller portal',
  neverSignedIn: 'Never',
  deactivated: 'Deactivated',
  resellerPortal: 'Linked to the reseller portal',
  options: {
    button: 'User options',
    edit: 'Edit user',
    resetPassword: 'Reset password',
    resetTwoFactor: 'Reset 2FA',
    linkResellerPortal: 'Link to reseller portal',
    unlinkResellerPortal: 'Unlink from reseller portal',
    deactivate: 'Deactivate user',
    activate: 'Activate user',
    delete: 'Delete user',
  },
  form: {
    username: 'Username',
    usernameHint:
      '{{min}} to {{max}} characters: letters, digits and . _ @ -, starting with a letter or digit.',
    usernameManaged: 'Managed by the reseller portal.',
    displayName: 'Display name',
    email: 'E-mail',
    role: 'Role',
    roleHint:
      'Administrators manage users and the 2FA policy and read the audit log; they must use two-factor authentication.',
    noRole: 'No role',
    errors: {
      usernameRequired: 'Enter a username.',
      usernameTooShort: 'The username needs at least {{min}} characters.',
      usernameTooLong: 'The username can have at most {{max}} characters.',
      usernameCharacters: 'Use only letters, digits and . _ @ -, and start with a letter or digit.',
      usernameTaken: 'Another user of this tenant already has this username.',
      displayNameTooLong: 'The display name can have at most {{max}} characters.',
      displayNameInvalid: 'Check the display name.',
      emailRequired: 'Enter an e-mail address.',
      emailTooLong: 'The e-mail address can have at most {{max}} characters.',
      emailInvalid: 'Enter a valid e-mail address, for example name@example.com.',
      roleRequired: 'Choose a role.',
    },
  },
  create: {
    button: 'Create user',
    title: 'Create user',
    description: 'The new user receives an e-mail with a link to set a password.',
    submit: 'Create and send e-mail',
    busy: 'Creating the user…',
    done: 'User created. A mail to set the password was sent to {{email}}.',
  },
  edit: {
    title: 'Edit user',
    description: 'Change the details and the role of {{username}}.',
    submit: 'Save changes',
    busy: 'Saving…',
    done: 'The changes to {{username}} were saved.',
  },
  deactivate: {
    title: 'Deactivate user',
    text: '{{username}} will no longer be able to sign in, and their open sessions end at once.',
    confirm: 'Deactivate',
    busy: 'Deactivating…',
    done: '{{username}} was deactivated.',
  },
  activate: {
    title: 'Activate user',
    text: '{{username}} will be able to sign in again.',
    confirm: 'Activate',
    busy: 'Activating…',
    done: '{{username}} was activated.',
  },
  delete: {
    title: 'Delete user',
    text: 'Delete {{username}}? The account and its sign-in data are removed for good.',
    confirm: 'Delete',
    busy: 'Deleting…',
    done: '{{username}} was deleted.',
  },
  resetPassword: {
    title: 'Reset password',
    text: '{{username}} will receive an e-mail with a link to set a new password.',
    confirm: 'Send e-mail',
    busy: 'Sending…',
    done: 'A password reset e-mail was sent to {{username}}.',
  },
  resetTwoFactor: {
    title: 'Reset two-factor authentication',
    text: '{{username}} will have to set up two-factor authentication again at the next sign-in.',
    confirm: 'Reset 2FA',
    busy: 'Resetting…',
    done: 'Two-factor authentication was reset for {{username}}.',
  },
  linkResellerPortal: {
    title: 'Link to reseller portal',
    description:
      '{{username}} will sign in through the reseller portal from now on. Their password and two-factor authentication here are removed, and their open sessions end.',
    subject: 'Account ID at the reseller portal',
    subjectHint:
      "The ID of this person's account at the reseller portal, as the reseller portal shows it.",
    submit: 'Link account',
    busy: 'Linking…',
    done: '{{username}} is now linked to the reseller portal.',
    errors: {
      required: "Enter the account's ID at the reseller portal.",
      invalid: 'Check the account ID.',
      alreadyLinked: 'This reseller-portal account is already linked to another user.',
    },
  },
  unlinkResellerPortal: {
    title: 'Unlink from reseller portal',
    text: '{{username}} will no longer sign in through the reseller portal. They will receive an e-mail with a link to set a password, and can sign in here once they have set it.',
    confirm: 'Unlink',
    busy: 'Unlinking…',
    done: '{{username}} was unlinked from the reseller portal. An e-mail to set a password was sent.',
    errors: {
      noEmail:
        'This account has no e-mail address for the link to set a password. Add one with “Edit user” first.',
      notLinked:
        'This account is no longer linked to the reseller portal. The list has been updated.',
    },
  },
  cancel: 'Cancel',
  errors: {
    notFound: 'This user no longer exists.',
    forbidden: 'You are not allowed to do this.',
    lastAdmin:
      'This is the last active administrator of the tenant. Give another user the administrator role first.',
    ownAccount: {
      demote: 'You cannot remove your own administrator role. Another administrator can do it.',
      deactivate: 'You cannot deactivate your own account. Another administrator can do it.',
      delete: 'You cannot delete your own account. Another administrator can do it.',
    },
    validation: 'Check your entries and try again.',
  },
};

export type UsersText = typeof en;
