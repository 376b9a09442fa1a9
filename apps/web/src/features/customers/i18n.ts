/**
 * The texts of the customer selection: the section `customers` of the texts that app/texts.ts
 * assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
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
    domain: 'Tenant domain (optional)',
    domainHint:
      'Leave empty to make one from the name, for example acme-123456.tenant. Lower-case letters, digits, hyphens and dots.',
    adminHeading: 'First administrator',
    username: 'Username',
    usernameHint:
      '{{min}} to {{max}} characters: letters, digits and . _ @ -, starting with a letter or digit.',
    email: 'E-mail address',
    adminName: 'Display name (optional)',
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

const de: CustomersText = {
  documentTitle: 'Kunden auswählen',
  heading: 'Kunden auswählen',
  intro:
    'Wählen Sie den Kundenmandanten, in dem Sie arbeiten möchten. Die zuletzt verwendeten Kunden stehen oben.',
  search: 'Kunden suchen',
  searchHint: 'Teil eines Kundennamens oder einer Mandanten-Domain',
  caption: 'Kunden',
  pages: 'Kundenseiten',
  empty: 'Keine Kunden gefunden.',
  loadError: 'Die Kunden konnten nicht geladen werden.',
  columns: {
    name: 'Kunde',
    domain: 'Mandanten-Domain',
    lastUsed: 'Zuletzt verwendet',
    action: 'Aktion',
  },
  notUsedYet: 'Noch nicht verwendet',
  current: 'Aktuell',
  select: 'Auswählen',
  selectCustomer: '{{name}} auswählen',
  switching: 'Wechsel zu {{name}} …',
  backToOwn: 'Wieder in {{name}} arbeiten',
  backToOwnText: 'Sie arbeiten in {{name}}.',
  backToOwnDone: 'Sie arbeiten wieder in {{name}}.',
  unavailable:
    'Sie handeln nicht mehr in {{name}}: Der Kunde gehört nicht mehr zu Ihren Kunden. Wählen Sie einen Kunden aus, um fortzufahren.',
  unavailableUnnamed:
    'Sie handeln nicht mehr in diesem Kunden: Er gehört nicht mehr zu Ihren Kunden. Wählen Sie einen Kunden aus, um fortzufahren.',
  status: {
    deactivated: 'Deaktiviert',
  },
  manage: {
    deactivateCustomer: '{{name}} deaktivieren',
    activateCustomer: '{{name}} aktivieren',
    deactivate: 'Deaktivieren',
    activate: 'Aktivieren',
    deactivateTitle: '{{name}} deaktivieren?',
    deactivateText:
      'Solange {{name}} deaktiviert ist, kann sich dort niemand anmelden, und laufende Sitzungen enden jetzt. Auch Sie können dann nicht darin arbeiten. Benutzer, Einstellungen und Protokoll bleiben erhalten; Sie können den Kunden jederzeit wieder aktivieren.',
    deactivateConfirm: 'Kunden deaktivieren',
    deactivating: '{{name}} wird deaktiviert …',
    deactivated: '{{name}} ist deaktiviert.',
    activated: '{{name}} ist wieder aktiv.',
    cancel: 'Abbrechen',
  },
  add: {
    open: 'Kunden hinzufügen',
    title: 'Kunden hinzufügen',
    description:
      'Ein neuer Kundenmandant mit seinem ersten Administrator, der eine E-Mail mit einem Link zum Festlegen des Passworts erhält.',
    name: 'Name des Kunden',
    domain: 'Mandanten-Domain (optional)',
    domainHint:
      'Leer lassen, um sie aus dem Namen zu bilden, zum Beispiel acme-123456.tenant. Kleinbuchstaben, Ziffern, Bindestriche und Punkte.',
    adminHeading: 'Erster Administrator',
    username: 'Benutzername',
    usernameHint:
      '{{min}} bis {{max}} Zeichen: Buchstaben, Ziffern und . _ @ -, beginnend mit einem Buchstaben oder einer Ziffer.',
    email: 'E-Mail-Adresse',
    adminName: 'Anzeigename (optional)',
    submit: 'Kunden hinzufügen',
    busy: 'Der Kunde wird hinzugefügt …',
    done: '{{name}} wurde als {{domain}} hinzugefügt. {{email}} erhält eine E-Mail zum Festlegen des Passworts.',
    cancel: 'Abbrechen',
    errors: {
      nameRequired: 'Geben Sie den Namen des Kunden ein.',
      nameTooLong: 'Der Name darf höchstens {{max}} Zeichen haben.',
      domainInvalid:
        'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche in mindestens zwei durch Punkte getrennten Teilen, zum Beispiel acme.tenant.',
      domainTaken:
        'Ein anderer Mandant hat diese Domain bereits. Wählen Sie eine andere oder lassen Sie das Feld leer.',
      usernameRequired: 'Geben Sie einen Benutzernamen ein.',
      usernameTooShort: 'Der Benutzername braucht mindestens {{min}} Zeichen.',
      usernameTooLong: 'Der Benutzername darf höchstens {{max}} Zeichen haben.',
      usernameCharacters:
        'Verwenden Sie nur Buchstaben, Ziffern und . _ @ - und beginnen Sie mit einem Buchstaben oder einer Ziffer.',
      emailRequired: 'Geben Sie eine E-Mail-Adresse ein.',
      emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
      tooLong: 'Das ist zu lang.',
      invalid: 'Prüfen Sie dieses Feld.',
    },
  },
  errors: {
    notFound: 'Dieser Kunde ist nicht verfügbar. Die Liste wurde aktualisiert.',
    forbidden: 'Sie sind nicht berechtigt, Kunden auszuwählen.',
  },
};

const fr: CustomersText = {
  documentTitle: 'Sélectionner un client',
  heading: 'Sélectionner un client',
  intro:
    'Choisissez le locataire client dans lequel travailler. Les clients utilisés le plus récemment apparaissent en premier.',
  search: 'Rechercher des clients',
  searchHint: 'Partie d’un nom de client ou d’un domaine de locataire',
  caption: 'Clients',
  pages: 'Pages des clients',
  empty: 'Aucun client trouvé.',
  loadError: 'Les clients n’ont pas pu être chargés.',
  columns: {
    name: 'Client',
    domain: 'Domaine du locataire',
    lastUsed: 'Dernière utilisation',
    action: 'Action',
  },
  notUsedYet: 'Pas encore utilisé',
  current: 'Actuel',
  select: 'Sélectionner',
  selectCustomer: 'Sélectionner {{name}}',
  switching: 'Passage à {{name}}…',
  backToOwn: 'Revenir à {{name}}',
  backToOwnText: 'Vous travaillez dans {{name}}.',
  backToOwnDone: 'Vous travaillez de nouveau dans {{name}}.',
  unavailable:
    'Vous n’agissez plus dans {{name}} : ce client ne fait plus partie de vos clients. Sélectionnez un client pour continuer.',
  unavailableUnnamed:
    'Vous n’agissez plus dans ce client : il ne fait plus partie de vos clients. Sélectionnez un client pour continuer.',
  status: {
    deactivated: 'Désactivé',
  },
  manage: {
    deactivateCustomer: 'Désactiver {{name}}',
    activateCustomer: 'Activer {{name}}',
    deactivate: 'Désactiver',
    activate: 'Activer',
    deactivateTitle: 'Désactiver {{name}} ?',
    deactivateText:
      'Tant que {{name}} est désactivé, personne ne peut s’y connecter et les sessions en cours prennent fin maintenant. Vous ne pouvez pas non plus y travailler. Les utilisateurs, les paramètres et le journal sont conservés ; vous pouvez le réactiver à tout moment.',
    deactivateConfirm: 'Désactiver le client',
    deactivating: 'Désactivation de {{name}}…',
    deactivated: '{{name}} est désactivé.',
    activated: '{{name}} est de nouveau actif.',
    cancel: 'Annuler',
  },
  add: {
    open: 'Ajouter un client',
    title: 'Ajouter un client',
    description:
      'Un nouveau locataire client avec son premier administrateur, qui reçoit un e-mail avec un lien pour définir son mot de passe.',
    name: 'Nom du client',
    domain: 'Domaine du locataire (facultatif)',
    domainHint:
      'Laissez vide pour le former à partir du nom, par exemple acme-123456.tenant. Lettres minuscules, chiffres, tirets et points.',
    adminHeading: 'Premier administrateur',
    username: 'Nom d’utilisateur',
    usernameHint:
      'De {{min}} à {{max}} caractères : lettres, chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
    email: 'Adresse e-mail',
    adminName: 'Nom affiché (facultatif)',
    submit: 'Ajouter le client',
    busy: 'Ajout du client…',
    done: '{{name}} a été ajouté sous {{domain}}. {{email}} recevra un e-mail pour définir son mot de passe.',
    cancel: 'Annuler',
    errors: {
      nameRequired: 'Saisissez le nom du client.',
      nameTooLong: 'Le nom peut comporter au plus {{max}} caractères.',
      domainInvalid:
        'Utilisez des lettres minuscules, des chiffres et des tirets, en au moins deux parties séparées par des points, par exemple acme.tenant.',
      domainTaken:
        'Un autre locataire a déjà ce domaine. Choisissez-en un autre ou laissez le champ vide.',
      usernameRequired: 'Saisissez un nom d’utilisateur.',
      usernameTooShort: 'Le nom d’utilisateur doit comporter au moins {{min}} caractères.',
      usernameTooLong: 'Le nom d’utilisateur peut comporter au plus {{max}} caractères.',
      usernameCharacters:
        'Utilisez uniquement des lettres, des chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
      emailRequired: 'Saisissez une adresse e-mail.',
      emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
      tooLong: 'C’est trop long.',
      invalid: 'Vérifiez ce champ.',
    },
  },
  errors: {
    notFound: 'Ce client n’est pas disponible. La liste a été mise à jour.',
    forbidden: 'Vous n’êtes pas autorisé à sélectionner des clients.',
  },
};

export const customersText = { en, de, fr };
