import { Type } from 'typebox';
import { TextField } from './input-rules.js';
import { LanguageField } from './language.js';

/** base64url without padding, as WebAuthn's JSON serialization writes binary values. */
const Base64UrlField = (maxLength: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]*$', minLength: 1, maxLength });

/**
 * The options for `navigator.credentials.create()` / `.get()` in WebAuthn's JSON form, as
 * @simplewebauthn/server generates them and @simplewebauthn/browser takes them.
 */
export const PasskeyOptions = Type.Record(Type.String(), Type.Unknown(), {
  description: 'PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON',
});
export type PasskeyOptions = Type.Static<typeof PasskeyOptions>;

export const PasskeyOptionsResponse = Type.Object({ options: PasskeyOptions });
export type PasskeyOptionsResponse = Type.Static<typeof PasskeyOptionsResponse>;

const CredentialFields = {
  id: Base64UrlField(1400),
  rawId: Base64UrlField(1400),
  type: Type.Literal('public-key'),
  authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'] as const)),
  /** Extension outputs are not used; kept only so that the browser's object passes as it is. */
  clientExtensionResults: Type.Optional(Type.Object({})),
};

/** What `navigator.credentials.create()` answered (RegistrationResponseJSON). */
export const PasskeyRegistrationCredential = Type.Object({
  ...CredentialFields,
  response: Type.Object({
    clientDataJSON: Base64UrlField(4096),
    attestationObject: Base64UrlField(8192),
    authenticatorData: Type.Optional(Base64UrlField(4096)),
    transports: Type.Optional(Type.Array(TextField({ maxLength: 32 }), { maxItems: 10 })),
    // A COSE algorithm identifier (-7 ES256, -8 EdDSA, -257 RS256): a signed 16-bit range and more.
    publicKeyAlgorithm: Type.Optional(Type.Integer({ minimum: -65_536, maximum: 65_535 })),
    publicKey: Type.Optional(Base64UrlField(4096)),
  }),
});
export type PasskeyRegistrationCredential = Type.Static<typeof PasskeyRegistrationCredential>;

/** What `navigator.credentials.get()` answered (AuthenticationResponseJSON). */
export const PasskeyAssertion = Type.Object({
  ...CredentialFields,
  response: Type.Object({
    clientDataJSON: Base64UrlField(4096),
    authenticatorData: Base64UrlField(4096),
    signature: Base64UrlField(2048),
    userHandle: Type.Optional(Base64UrlField(128)),
  }),
});
export type PasskeyAssertion = Type.Static<typeof PasskeyAssertion>;

export const PasskeyNameField = TextField({
  minLength: 1,
  maxLength: 64,
  description: 'A name the owner recognises the passkey by ("YubiKey", "Phone").',
});

export const PasskeyRegistrationRequest = Type.Object(
  { name: PasskeyNameField, credential: PasskeyRegistrationCredential },
  { additionalProperties: false },
);
export type PasskeyRegistrationRequest = Type.Static<typeof PasskeyRegistrationRequest>;

export const PasskeyItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  /** `multiDevice`: a synced passkey (phone, password manager); `singleDevice`: a security key. */
  deviceType: Type.Enum(['singleDevice', 'multiDevice'] as const),
  backedUp: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type PasskeyItem = Type.Static<typeof PasskeyItem>;

export const PasskeyRegistrationResponse = Type.Object({
  /** `authenticated`: registered at the forced activation step of a sign-in, which is now done. */
  status: Type.Enum(['registered', 'authenticated'] as const),
  passkey: PasskeyItem,
});
export type PasskeyRegistrationResponse = Type.Static<typeof PasskeyRegistrationResponse>;

export const PasskeyListResponse = Type.Object({ passkeys: Type.Array(PasskeyItem) });
export type PasskeyListResponse = Type.Static<typeof PasskeyListResponse>;

export const PasskeyIdParams = Type.Object({ passkeyId: Type.String({ format: 'uuid' }) });
export type PasskeyIdParams = Type.Static<typeof PasskeyIdParams>;

export const PasskeyRenameRequest = Type.Object(
  { name: PasskeyNameField },
  { additionalProperties: false },
);
export type PasskeyRenameRequest = Type.Static<typeof PasskeyRenameRequest>;

export const PasskeyAssertionRequest = Type.Object(
  { credential: PasskeyAssertion },
  { additionalProperties: false },
);
export type PasskeyAssertionRequest = Type.Static<typeof PasskeyAssertionRequest>;

export const PasskeySignInRequest = Type.Object(
  {
    credential: PasskeyAssertion,
    /** The UI's language: once signed in, the user's mails are written in it. */
    language: Type.Optional(LanguageField),
  },
  { additionalProperties: false },
);
export type PasskeySignInRequest = Type.Static<typeof PasskeySignInRequest>;

/** The second step of a sign-in: which factors the account has, with a passkey's options. */
export const SecondFactorOptionsResponse = Type.Object({
  /** Options for `navigator.credentials.get()`; null when the account has no passkey. */
  passkey: Type.Union([PasskeyOptions, Type.Null()]),
  /** Whether an authenticator app (TOTP) is in force, so a code (or recovery code) works. */
  totp: Type.Boolean(),
});
export type SecondFactorOptionsResponse = Type.Static<typeof SecondFactorOptionsResponse>;
