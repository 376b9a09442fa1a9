import type { MailStrings } from './types.js';

// French puts a no-break space before « : » and inside « guillemets ».
const NBSP = '\u00a0';
const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
const days = (n: number) => (n === 1 ? '1 jour' : `${n} jours`);

export const fr: MailStrings = {
  greeting: 'Bonjour,',
  linkFallback: `Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur${NBSP}:`,
  automatedNotice:
    'Ce message a été envoyé automatiquement par le Unified Security Portal. Merci de ne pas y répondre.',
  passwordReset: {
    subject: 'Réinitialisation de votre mot de passe',
    intro: ({ username, tenantDomain }) =>
      `Nous avons reçu une demande de réinitialisation du mot de passe de votre compte «${NBSP}${username}${NBSP}» dans le locataire ${tenantDomain}.`,
    action: 'Choisir un nouveau mot de passe',
    validity: (n) => `Ce lien est valable ${minutes(n)} et ne fonctionne qu’une seule fois.`,
    ignore: `Si vous n’avez pas fait cette demande, ignorez cet e-mail${NBSP}: votre mot de passe reste inchangé.`,
  },
  accountCreated: {
    subject: 'Votre nouveau compte',
    intro: ({ tenantName, tenantDomain, username }) =>
      `Un compte a été créé pour vous chez ${tenantName} (domaine du locataire ${tenantDomain}, nom d’utilisateur «${NBSP}${username}${NBSP}»).`,
    action: 'Définir votre mot de passe',
    validity: (n) => `Ce lien est valable ${days(n)} et ne fonctionne qu’une seule fois.`,
  },
  passwordChanged: {
    subject: 'Votre mot de passe a été modifié',
    intro: ({ username, tenantDomain }, changedAt) =>
      `Le mot de passe de votre compte «${NBSP}${username}${NBSP}» dans le locataire ${tenantDomain} a été modifié le ${changedAt}.`,
    notYou:
      'Si vous n’êtes pas à l’origine de cette modification, contactez immédiatement l’administrateur de votre locataire.',
    action: 'Se connecter',
  },
};
