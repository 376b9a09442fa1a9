import {
  endpointRoutes,
  type Language,
  type PasskeyAssertion,
  type PasskeyOptions,
  type PasskeyRegistrationCredential,
  type PasskeyRegistrationResponse,
} from '@portal/shared';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { callApi } from '@/lib/api-client';

/** The WebAuthn library, loaded when a passkey step begins rather than with the sign-in page. */
const webAuthn = () => import('@simplewebauthn/browser');

// The contract carries WebAuthn's options as an open JSON object; @simplewebauthn/server made
// them, and @simplewebauthn/browser reads exactly that shape.
const creationOptions = (options: PasskeyOptions) =>
  options as unknown as PublicKeyCredentialCreationOptionsJSON;
const requestOptions = (options: PasskeyOptions) =>
  options as unknown as PublicKeyCredentialRequestOptionsJSON;

function attachmentOf(attachment: string | undefined) {
  if (attachment === 'platform' || attachment === 'cross-platform') {
    return { authenticatorAttachment: attachment } as const;
  }
  return {};
}

/** The browser's answer, as the contract takes it (extension outputs are not sent). */
function assertionOf(answer: AuthenticationResponseJSON): PasskeyAssertion {
  const { clientDataJSON, authenticatorData, signature, userHandle } = answer.response;
  return {
    id: answer.id,
    rawId: answer.rawId,
    type: 'public-key',
    ...attachmentOf(answer.authenticatorAttachment),
    response: {
      clientDataJSON,
      authenticatorData,
      signature,
      ...(userHandle ? { userHandle } : {}),
    },
  };
}

function registrationOf(answer: RegistrationResponseJSON): PasskeyRegistrationCredential {
  const { clientDataJSON, attestationObject, transports } = answer.response;
  return {
    id: answer.id,
    rawId: answer.rawId,
    type: 'public-key',
    ...attachmentOf(answer.authenticatorAttachment),
    response: { clientDataJSON, attestationObject, ...(transports ? { transports } : {}) },
  };
}

/** Creates a passkey in the browser and registers it (signed in, or at the activation step). */
export async function addPasskey(name: string): Promise<PasskeyRegistrationResponse> {
  const [{ options }, { startRegistration }] = await Promise.all([
    callApi(endpointRoutes.passkeyRegistrationOptions),
    webAuthn(),
  ]);
  const answer = await startRegistration({ optionsJSON: creationOptions(options) });
  return callApi(endpointRoutes.passkeyRegistration, {
    body: { name, credential: registrationOf(answer) },
  });
}

/** The second step of a sign-in with a passkey; null when the account has none. */
export async function secondFactorOptions() {
  // Loaded beside the options, so that verifySecondFactor finds it at hand.
  void webAuthn();
  return callApi(endpointRoutes.passkeySecondFactorOptions);
}

export async function verifySecondFactor(options: PasskeyOptions) {
  const { startAuthentication } = await webAuthn();
  const answer = await startAuthentication({ optionsJSON: requestOptions(options) });
  return callApi(endpointRoutes.passkeySecondFactor, { body: { credential: assertionOf(answer) } });
}

/** Passwordless sign-in: the browser offers the passkeys it has for this site. */
export async function signInWithPasskey(language: Language) {
  const [{ options }, { startAuthentication }] = await Promise.all([
    callApi(endpointRoutes.passkeySignInOptions),
    webAuthn(),
  ]);
  const answer = await startAuthentication({ optionsJSON: requestOptions(options) });
  return callApi(endpointRoutes.passkeySignIn, {
    body: { credential: assertionOf(answer), language },
  });
}

/** Step-up ("Confirm it's you") with one of the account's passkeys. */
export async function reauthenticateWithPasskey() {
  const [{ options }, { startAuthentication }] = await Promise.all([
    callApi(endpointRoutes.passkeyReauthenticationOptions),
    webAuthn(),
  ]);
  const answer = await startAuthentication({ optionsJSON: requestOptions(options) });
  await callApi(endpointRoutes.passkeyReauthentication, {
    body: { credential: assertionOf(answer) },
  });
}

export const listPasskeys = () => callApi(endpointRoutes.listPasskeys);

export const renamePasskey = (passkeyId: string, name: string) =>
  callApi(endpointRoutes.renamePasskey, { params: { passkeyId }, body: { name } });

export const removePasskey = (passkeyId: string) =>
  callApi(endpointRoutes.removePasskey, { params: { passkeyId } });
