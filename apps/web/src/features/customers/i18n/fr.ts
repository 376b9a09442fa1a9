import type { CustomersText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: CustomersText = {
  documentTitle: 'Sélection du client',
  heading: 'Sélection du client',
  intro:
    'Choisissez le locataire client dans lequel travailler. Les clients utilisés le plus récemment apparaissent en premier.',
  search: 'Rechercher des clients',
  searchHint: 'Partie d’un nom de client ou d’un domaine du locataire',
  caption: 'Clients',
  pages: 'Pages de la liste des clients',
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
    'Vous ne travaillez plus dans {{name}} : ce client ne fait plus partie de vos clients. Sélectionnez un client pour continuer.',
  unavailableUnnamed:
    'Vous ne travaillez plus dans ce client : il ne fait plus partie de vos clients. Sélectionnez un client pour continuer.',
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
    domain: 'Domaine du locataire',
    domainHint:
      'Laissez vide pour le former à partir du nom, par exemple acme-123456.tenant. Lettres minuscules, chiffres, tirets et points.',
    adminHeading: 'Premier administrateur',
    username: 'Nom d’utilisateur',
    usernameHint:
      'De {{min}} à {{max}} caractères : lettres, chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
    email: 'Adresse e-mail',
    adminName: 'Nom affiché',
    submit: 'Ajouter le client',
    busy: 'Ajout du client…',
    done: '{{name}} a été ajouté sous {{domain}}. {{email}} recevra un e-mail pour définir son mot de passe.',
    cancel: 'Annuler',
    errors: {
      nameRequired: 'Saisissez le nom du client.',
      nameTooLong: 'Le nom ne doit pas dépasser {{max}} caractères.',
      domainInvalid:
        'Utilisez des lettres minuscules, des chiffres et des tirets, en au moins deux parties séparées par des points, par exemple acme.tenant.',
      domainTaken:
        'Un autre locataire a déjà ce domaine. Choisissez-en un autre ou laissez le champ vide.',
      usernameRequired: 'Saisissez un nom d’utilisateur.',
      usernameTooShort: 'Le nom d’utilisateur doit comporter au moins {{min}} caractères.',
      usernameTooLong: 'Le nom d’utilisateur ne doit pas dépasser {{max}} caractères.',
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
