/**
 * The texts of the customer selection: the section `customers` of the texts that app/texts/
 * assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  documentTitle: 'Select customer',
  heading: 'Select customer',
  intro:
    'Choose the customer tenant to work in. The customers you worked in most recently come first.',
  search: 'Search customers',
  searchHint: 'Part of a customer name or tenant domain',
  caption: 'Customers',
  pages: 'Customer pages',
  empty: 'No customers found.',
  loadError: 'The customers could not be loaded.',
  columns: {
    name: 'Customer',
    domain: 'Tenant domain',
    lastUsed: 'Last used',
    action: 'Action',
  },
  notUsedYet: 'Not used yet',
  current: 'Current',
  select: 'Select',
  selectCustomer: 'Select {{name}}',
  switching: 'Switching to {{name}}…',
  backToOwn: 'Back to {{name}}',
  backToOwnText: 'You are working in {{name}}.',
  backToOwnDone: 'You are working in {{name}} again.',
  unavailable:
    'You no longer act in {{name}}: it is no longer one of your customers. Select a customer to continue.',
  unavailableUnnamed:
    'You no longer act in that customer: it is no longer one of your customers. Select a customer to continue.',
  status: {
    deactivated: 'Deactivated',
  },
  manage: {
    deactivateCustomer: 'Deactivate {{name}}',
    activateCustomer: 'Activate {{name}}',
    deactivate: 'Deactivate',
    activate: 'Activate',
    deactivateTitle: 'Deactivate {{name}}?',
    deactivateText:
      'Nobody of {{name}} can sign in while it is deactivated, and their sessions end now. You cannot work in it either. Its users, settings and audit log stay; you can activate it again at any time.',
    deactivateConfirm: 'Deactivate customer',
    deactivating: 'Deactivating {{name}}…',
    deactivated: '{{name}} is deactivated.',
    activated: '{{name}} is active again.',
    cancel: 'Cancel',
  },
  add: {
    open: 'Add customer',
    title: 'Add customer',
    description:
      'A new customer tenant with its first administrator, who receives an e-mail with a link to set a password.',
    name: 'Customer name',
    domain: 'Tenant domain',
    domainHint:
      'Leave empty to make one from the name, for example acme-123456.tenant. Lower-case letters, digits, hyphens and dots.',
    adminHeading: 'First administrator',
    username: 'Username',
    usernameHint:
      '{{min}} to {{max}} characters: letters, digits and . _ @ -, starting with a letter or digit.',
    email: 'E-mail address',
    adminName: 'Display name',
    submit: 'Add customer',
    busy: 'Adding the customer…',
    done: '{{name}} was added as {{domain}}. {{email}} will receive an e-mail to set a password.',
    cancel: 'Cancel',
    errors: {
      nameRequired: 'Enter the customer’s name.',
      nameTooLong: 'The name can have at most {{max}} characters.',
      domainInvalid:
        'Use lower-case letters, digits and hyphens, in at least two parts separated by dots, for example acme.tenant.',
      domainTaken: 'Another tenant already has this domain. Choose another one or leave it empty.',
      usernameRequired: 'Enter a username.',
      usernameTooShort: 'The username needs at least {{min}} characters.',
      usernameTooLong: 'The username can have at most {{max}} characters.',
      usernameCharacters: 'Use only letters, digits and . _ @ -, and start with a letter or digit.',
      emailRequired: 'Enter an e-mail address.',
      emailInvalid: 'Enter a valid e-mail address, for example name@example.com.',
      tooLong: 'This is too long.',
      invalid: 'Check this field.',
    },
  },
  errors: {
    notFound: 'This customer is not available. The list has been updated.',
    forbidden: 'You are not allowed to select customers.',
  },
};

export type CustomersText = typeof en;
