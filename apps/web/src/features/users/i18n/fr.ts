import type { UsersText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: UsersText = {
  documentTitle: 'Utilisateurs',
  heading: 'Gestion des utilisateurs',
  intro: 'Les personnes qui peuvent se connecter à {{tenant}} ({{domain}}).',
  search: 'Rechercher des utilisateurs',
  searchHint: 'Partie d’un nom d’utilisateur, d’un nom ou d’une adresse e-mail',
  caption: 'Utilisateurs',
  pages: 'Pages de la liste des utilisateurs',
  empty: 'Aucun utilisateur trouvé.',
  loadError: 'Les utilisateurs n’ont pas pu être chargés.',
  columns: {
    username: 'Nom d’utilisateur',
    name: 'Nom',
    email: 'E-mail',
    roles: 'Rôles',
    twoFactor: '2FA',
    lastLogin: 'Dernière connexion',
    options: 'Options',
  },
  noEmail: 'Aucune adresse e-mail',
  noRoles: 'Aucun rôle',
  twoFactorTotp: 'Application d’authentification',
  twoFactorPasskey: 'Clé d’accès',
  twoFactorBoth: 'Application d’authentification et clé d’accès',
  twoFactorOff: 'Non activée',
  twoFactorManaged: 'Gérée par le portail revendeur',
  neverSignedIn: 'Jamais',
  deactivated: 'Désactivé',
  resellerPortal: 'Associé au portail revendeur',
  options: {
    button: 'Options de l’utilisateur',
    edit: 'Modifier l’utilisateur',
    resetPassword: 'Réinitialiser le mot de passe',
    resetTwoFactor: 'Réinitialiser la 2FA',
    linkResellerPortal: 'Associer au portail revendeur',
    unlinkResellerPortal: 'Dissocier du portail revendeur',
    deactivate: 'Désactiver l’utilisateur',
    activate: 'Activer l’utilisateur',
    delete: 'Supprimer l’utilisateur',
  },
  form: {
    username: 'Nom d’utilisateur',
    usernameHint:
      '{{min}} à {{max}} caractères : lettres, chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
    usernameManaged: 'Géré par le portail revendeur.',
    displayName: 'Nom affiché',
    email: 'E-mail',
    role: 'Rôle',
    roleHint:
      'Les administrateurs gèrent les utilisateurs et la politique 2FA et consultent le journal d’audit ; ils doivent utiliser l’authentification à deux facteurs.',
    noRole: 'Aucun rôle',
    errors: {
      usernameRequired: 'Saisissez un nom d’utilisateur.',
      usernameTooShort: 'Le nom d’utilisateur doit comporter au moins {{min}} caractères.',
      usernameTooLong: 'Le nom d’utilisateur ne doit pas dépasser {{max}} caractères.',
      usernameCharacters:
        'Utilisez uniquement des lettres, des chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
      usernameTaken: 'Ce nom d’utilisateur est déjà utilisé dans ce locataire.',
      displayNameTooLong: 'Le nom affiché ne doit pas dépasser {{max}} caractères.',
      displayNameInvalid: 'Vérifiez le nom affiché.',
      emailRequired: 'Saisissez une adresse e-mail.',
      emailTooLong: 'L’adresse e-mail ne doit pas dépasser {{max}} caractères.',
      emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
      roleRequired: 'Choisissez un rôle.',
    },
  },
  create: {
    button: 'Créer un utilisateur',
    title: 'Créer un utilisateur',
    description:
      'Le nouvel utilisateur reçoit un e-mail avec un lien pour définir son mot de passe.',
    submit: 'Créer et envoyer l’e-mail',
    busy: 'Création de l’utilisateur…',
    done: 'Utilisateur créé. Un e-mail pour définir le mot de passe a été envoyé à {{email}}.',
  },
  edit: {
    title: 'Modifier l’utilisateur',
    description: 'Modifiez les informations et le rôle de {{username}}.',
    submit: 'Enregistrer les modifications',
    busy: 'Enregistrement…',
    done: 'Les modifications apportées à {{username}} ont été enregistrées.',
  },
  deactivate: {
    title: 'Désactiver l’utilisateur',
    text: '{{username}} ne pourra plus se connecter et ses sessions ouvertes prendront fin immédiatement.',
    confirm: 'Désactiver',
    busy: 'Désactivation…',
    done: '{{username}} a été désactivé.',
  },
  activate: {
    title: 'Activer l’utilisateur',
    text: '{{username}} pourra de nouveau se connecter.',
    confirm: 'Activer',
    busy: 'Activation…',
    done: '{{username}} a été activé.',
  },
  delete: {
    title: 'Supprimer l’utilisateur',
    text: 'Supprimer {{username}} ? Le compte et ses données de connexion seront définitivement supprimés.',
    confirm: 'Supprimer',
    busy: 'Suppression…',
    done: '{{username}} a été supprimé.',
  },
  resetPassword: {
    title: 'Réinitialiser le mot de passe',
    text: '{{username}} recevra un e-mail avec un lien pour définir un nouveau mot de passe.',
    confirm: 'Envoyer l’e-mail',
    busy: 'Envoi…',
    done: 'Un e-mail de réinitialisation du mot de passe a été envoyé à {{username}}.',
  },
  resetTwoFactor: {
    title: 'Réinitialiser l’authentification à deux facteurs',
    text: '{{username}} devra configurer à nouveau l’authentification à deux facteurs lors de sa prochaine connexion.',
    confirm: 'Réinitialiser la 2FA',
    busy: 'Réinitialisation…',
    done: 'L’authentification à deux facteurs de {{username}} a été réinitialisée.',
  },
  linkResellerPortal: {
    title: 'Associer au portail revendeur',
    description:
      '{{username}} se connectera désormais via le portail revendeur. Son mot de passe et son authentification à deux facteurs dans ce portail seront supprimés et ses sessions ouvertes prendront fin.',
    subject: 'Identifiant du compte dans le portail revendeur',
    subjectHint:
      'L’identifiant du compte de cette personne dans le portail revendeur, tel que le portail revendeur l’affiche.',
    submit: 'Associer le compte',
    busy: 'Association en cours…',
    done: '{{username}} est désormais associé au portail revendeur.',
    errors: {
      required: 'Saisissez l’identifiant du compte dans le portail revendeur.',
      invalid: 'Vérifiez l’identifiant du compte.',
      alreadyLinked: 'Ce compte du portail revendeur est déjà associé à un autre utilisateur.',
    },
  },
  unlinkResellerPortal: {
    title: 'Dissocier du portail revendeur',
    text: '{{username}} ne se connectera plus via le portail revendeur. Un e-mail avec un lien pour définir un mot de passe lui sera envoyé ; la connexion ici sera possible une fois le mot de passe défini.',
    confirm: 'Dissocier',
    busy: 'Dissociation en cours…',
    done: '{{username}} a été dissocié du portail revendeur. Un e-mail pour définir un mot de passe a été envoyé.',
    errors: {
      noEmail:
        'Ce compte n’a pas d’adresse e-mail à laquelle envoyer le lien permettant de définir un mot de passe. Ajoutez-en une d’abord avec « Modifier l’utilisateur ».',
      notLinked: 'Ce compte n’est plus associé au portail revendeur. La liste a été mise à jour.',
    },
  },
  cancel: 'Annuler',
  errors: {
    notFound: 'Cet utilisateur n’existe plus.',
    forbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
    lastAdmin:
      'Il s’agit du dernier administrateur actif du locataire. Attribuez d’abord le rôle d’administrateur à un autre utilisateur.',
    ownAccount: {
      demote:
        'Vous ne pouvez pas retirer votre propre rôle d’administrateur. Un autre administrateur peut le faire.',
      deactivate:
        'Vous ne pouvez pas désactiver votre propre compte. Un autre administrateur peut le faire.',
      delete:
        'Vous ne pouvez pas supprimer votre propre compte. Un autre administrateur peut le faire.',
    },
    validation: 'Vérifiez vos saisies et réessayez.',
  },
};
