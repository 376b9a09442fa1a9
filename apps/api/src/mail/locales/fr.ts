import type { AccountRef, MailStrings } from './types.js';

// French typography: a no-break space before « : » and inside « guillemets », a narrow no-break
// space before « ; ! ? » (as the localisation review asks), so that none starts a line alone.
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
const days = (n: number) => (n === 1 ? '1 jour' : `${n} jours`);
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
const compte = ({ username, tenantDomain }: AccountRef) =>
  `votre compte ${quoted(username)} (domaine du locataire ${tenantDomain})`;
const codesLeft = (n: number) =>
  n === 0
    ? 'Il ne vous reste aucun code de récupération.'
    : `Il vous reste ${n === 1 ? '1 code de récupération' : `${n} codes de récupération`}.`;
const takeover = `Si vous n’êtes pas à l’origine de cette action, quelqu’un d’autre a peut-être accès à votre compte${NBSP}: réinitialisez immédiatement votre mot de passe avec ${quoted(`Mot de passe oublié${NNBSP}?`)} sur la page de connexion et prévenez votre administrateur.`;

export const fr: MailStrings = {
  greeting: 'Bonjour,',
  linkFallback: `Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur${NBSP}:`,
  automatedNotice:
    'Ce message a été envoyé automatiquement par le Unified Security Portal. Merci de ne pas y répondre.',
  passwordReset: {
    subject: 'Réinitialisation de votre mot de passe',
    intro: ({ username, tenantDomain }) =>
      `Nous avons reçu une demande de réinitialisation du mot de passe de ${compte({ username, tenantDomain })}.`,
    introByAdministrator: (ref) =>
      `Un administrateur de votre locataire a demandé qu’un nouveau mot de passe soit défini pour ${compte(ref)}.`,
    introUnlinked: (ref) =>
      `${compte(ref).replace(/^v/, 'V')} n’est plus associé au portail revendeur. Définissez un mot de passe pour pouvoir vous reconnecter.`,
    action: 'Choisir un nouveau mot de passe',
    validity: (n) => `Ce lien est valable ${minutes(n)} et ne peut être utilisé qu’une seule fois.`,
    ignore: `Si vous n’avez pas fait cette demande, ignorez cet e-mail${NBSP}: votre mot de passe reste inchangé.`,
    byAdministratorNote:
      'Si vous ne vous attendiez pas à cet e-mail, renseignez-vous auprès de votre administrateur avant d’utiliser le lien.',
  },
  accountCreated: {
    subject: 'Votre nouveau compte Unified Security Portal',
    intro: ({ tenantName, tenantDomain, username }) =>
      `Un compte Unified Security Portal a été créé pour vous chez ${tenantName} (domaine du locataire ${tenantDomain}, nom d’utilisateur ${quoted(username)}).`,
    action: 'Définir votre mot de passe',
    validity: (n) => `Ce lien est valable ${days(n)} et ne peut être utilisé qu’une seule fois.`,
  },
  notice: {
    when: (date) => `Date${NBSP}: ${date}`,
    ip: (address) => `Adresse IP${NBSP}: ${address}`,
    browser: ({ browser, system }) =>
      `Navigateur${NBSP}: ${browser && system ? `${browser} sous ${system}` : (browser ?? system ?? 'inconnu')}`,
    action: 'Se connecter',
    kinds: {
      'two-factor-activated': {
        subject: 'L’authentification à deux facteurs a été activée',
        what: (ref) =>
          `L’authentification à deux facteurs a été activée pour ${compte(ref)}${NBSP}: la connexion exige désormais un code de l’application d’authentification.`,
        notYou: takeover,
      },
      'two-factor-replaced': {
        subject: 'Votre application d’authentification a été remplacée',
        what: (ref) =>
          `Une nouvelle application d’authentification a été configurée pour ${compte(ref)}${NBSP}: les codes de l’ancienne ne fonctionnent plus.`,
        notYou: takeover,
      },
      'two-factor-disabled': {
        subject: 'L’authentification à deux facteurs a été désactivée',
        what: (ref) =>
          `L’authentification à deux facteurs a été désactivée pour ${compte(ref)}${NBSP}: la connexion ne demande plus que le mot de passe.`,
        notYou: takeover,
      },
      'two-factor-reset-by-administrator': {
        subject: 'Un administrateur a réinitialisé votre authentification à deux facteurs',
        what: (ref) =>
          `Un administrateur de votre locataire a réinitialisé l’authentification à deux facteurs de ${compte(ref)}${NBSP}: votre application d’authentification et vos codes de récupération ne fonctionnent plus, et vos sessions ont été fermées.`,
        notYou:
          'À votre prochaine connexion, il pourra vous être demandé de configurer à nouveau l’authentification à deux facteurs. Si vous n’en avez pas fait la demande, contactez votre administrateur.',
      },
      'password-changed': {
        subject: 'Votre mot de passe a été modifié',
        what: (ref) =>
          `Le mot de passe de ${compte(ref)} a été modifié. Vos autres sessions ont été fermées.`,
        notYou: takeover,
      },
      'password-reset': {
        subject: 'Votre mot de passe a été réinitialisé',
        what: (ref) =>
          `Le mot de passe de ${compte(ref)} a été redéfini à l’aide du lien d’un e-mail de réinitialisation. Toutes vos sessions ont été fermées.`,
        notYou: takeover,
      },
      'email-changed': {
        subject: 'Votre adresse e-mail a été modifiée',
        what: (ref, { newEmail }) =>
          `L’adresse e-mail de ${compte(ref)} a été remplacée par ${newEmail}. Les e-mails concernant ce compte y sont désormais envoyés.`,
        notYou: `Si vous n’êtes pas à l’origine de cette modification, contactez immédiatement votre administrateur${NBSP}: des liens de réinitialisation de votre mot de passe peuvent désormais être envoyés à la nouvelle adresse.`,
      },
      'recovery-code-used': {
        subject: 'Un code de récupération a été utilisé',
        what: (ref, { remaining }) =>
          `Un code de récupération de ${compte(ref)} a été utilisé. ${codesLeft(remaining)}`,
        notYou: takeover,
      },
      'account-locked': {
        subject: 'La connexion à votre compte a été bloquée',
        what: (ref, { lockedMinutes }) =>
          `Après plusieurs tentatives de connexion infructueuses, ${compte(ref)} est bloqué pendant ${minutes(lockedMinutes)}. Le blocage prend fin de lui-même.`,
        notYou: `Si ces tentatives ne viennent pas de vous, quelqu’un essaie peut-être de deviner votre mot de passe${NBSP}: une fois le blocage terminé, choisissez un nouveau mot de passe robuste sous Compte → Sécurité. Vous recevez au plus un e-mail de ce type par heure.`,
      },
      'passkey-added': {
        subject: 'Une clé d’accès a été ajoutée à votre compte',
        what: (ref, { passkeyName }) =>
          `La clé d’accès ${quoted(passkeyName)} a été ajoutée à ${compte(ref)}${NBSP}: elle permet désormais de se connecter.`,
        notYou: takeover,
      },
      'passkey-removed': {
        subject: 'Une clé d’accès a été supprimée de votre compte',
        what: (ref, { passkeyName }) =>
          `La clé d’accès ${quoted(passkeyName)} a été supprimée de ${compte(ref)}${NBSP}: elle ne permet plus de se connecter.`,
        notYou: takeover,
      },
    },
  },
};
