import { Type } from 'typebox';
import { TextField } from './input-rules.js';

/** What the login page may offer besides the password form. */
export const AuthOptionsResponse = Type.Object({
  /** "Login with reseller portal" is offered only when an issuer is configured. */
  resellerPortal: Type.Object({ enabled: Type.Boolean() }),
});
export type AuthOptionsResponse = Type.Static<typeof AuthOptionsResponse>;

export const RspLoginQuery = Type.Object(
  {
    /** `login`: ask the portal to authenticate again (Try again after a refusal). */
    prompt: Type.Optional(Type.Literal('login')),
    /**
     * `reauthenticate`: a step-up of the signed-in session (a linked account proves itself at
     * the portal again); afterwards the browser returns to `returnTo`.
     */
    purpose: Type.Optional(Type.Literal('reauthenticate')),
    returnTo: Type.Optional(
      Type.String({
        maxLength: 512,
        pattern: '^/(?![/\\\\])[^\\s\\p{Cc}\\p{Cs}]*$',
        description: 'A path of the portal.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RspLoginQuery = Type.Static<typeof RspLoginQuery>;

export const RspCallbackQuery = Type.Object(
  {
    code: Type.Optional(TextField({ maxLength: 2048 })),
    state: Type.Optional(TextField({ maxLength: 512 })),
    error: Type.Optional(TextField({ maxLength: 256 })),
    error_description: Type.Optional(TextField({ maxLength: 2048 })),
    iss: Type.Optional(TextField({ maxLength: 2048 })),
    session_state: Type.Optional(TextField({ maxLength: 2048 })),
  },
  { additionalProperties: true },
);
export type RspCallbackQuery = Type.Static<typeof RspCallbackQuery>;

/** Links a user of the acting tenant to one subject at the configured reseller-portal issuer. */
export const RspLinkBody = Type.Object(
  {
    subject: TextField({
      minLength: 1,
      maxLength: 255,
      description: "The account's subject (`sub`) at the reseller portal.",
    }),
  },
  { additionalProperties: false },
);
export type RspLinkBody = Type.Static<typeof RspLinkBody>;
