import { isIP } from 'node:net';
import type { PasskeyAssertion, PasskeyRegistrationCredential } from '@portal/shared';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransport,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { PrismaClient, WebauthnChallengePurpose } from '../../../generated/prisma/client.js';

/** A challenge answers within five minutes, once. */
export const CHALLENGE_SECONDS = 5 * 60;

/** Who the passkeys belong to: the portal's host name, and the origin its pages are served from. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

export const relyingPartyOf = (publicUrl: URL): RelyingParty => ({
  id: publicUrl.hostname,
  origin: publicUrl.origin,
  name: 'Unified Security Portal',
});

/**
 * Why browsers will offer no passkeys at PUBLIC_URL, or undefined when they will: WebAuthn needs
 * a domain name as relying party (never an IP address) and a secure context (https, or localhost).
 */
export function passkeysUnavailableReason(publicUrl: URL): string | undefined {
  const host = publicUrl.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    return `PUBLIC_URL's host ${host} is an IP address: browsers offer passkeys only on a domain name (e.g. localhost or portal.example.com)`;
  }
  const local = host === 'localhost' || host.endsWith('.localhost');
  if (publicUrl.protocol !== 'https:' && !local) {
    return 'PUBLIC_URL is not https: browsers offer passkeys only on https (or localhost)';
  }
  return undefined;
}

const TRANSPORTS: readonly AuthenticatorTransport[] = ['ble', 'hybrid', 'internal', 'nfc', 'usb'];

export const knownTransports = (transports: readonly string[] | undefined) =>
  (transports ?? []).filter((transport): transport is AuthenticatorTransport =>
    TRANSPORTS.includes(transport as AuthenticatorTransport),
  );

/** The browser's answer as the library reads it (extension outputs are not used). */
export const registrationJson = (
  credential: PasskeyRegistrationCredential,
): RegistrationResponseJSON => ({
  ...credential,
  clientExtensionResults: {},
  response: { ...credential.response, transports: knownTransports(credential.response.transports) },
});

export const assertionJson = (credential: PasskeyAssertion): AuthenticationResponseJSON => ({
  ...credential,
  clientExtensionResults: {},
});

/** The challenge that the client data of an answer names, or null when it names none. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    if (typeof data !== 'object' || data === null || !('challenge' in data)) return null;
    return typeof data.challenge === 'string' ? data.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Server-side challenges: each is stored when its options are issued, and taken (marked used)
 * before its answer is verified, in one conditional UPDATE, so a replayed or late answer and two
 * instances racing for one challenge get it at most once.
 */
export function challengeStore(prisma: PrismaClient) {
  return {
    async issue(purpose: WebauthnChallengePurpose, userId: string | null, challenge: string) {
      await prisma.webauthnChallenge.create({
        data: {
          challenge,
          purpose,
          userId,
          expiresAt: new Date(Date.now() + CHALLENGE_SECONDS * 1000),
        },
      });
    },
    /** The challenge of this answer, used up now; null when it is unknown, used, expired or not this purpose's. */
    async take(
      purpose: WebauthnChallengePurpose,
      userId: string | null,
      clientDataJSON: string,
    ): Promise<string | null> {
      const challenge = challengeOf(clientDataJSON);
      if (!challenge) return null;
      const { count } = await prisma.webauthnChallenge.updateMany({
        where: { challenge, purpose, userId, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      return count === 1 ? challenge : null;
    },
  };
}

export type ChallengeStore = ReturnType<typeof challengeStore>;
