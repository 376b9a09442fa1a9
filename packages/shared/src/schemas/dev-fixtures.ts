import { Type } from 'typebox';
import { ROLE_KEYS, TENANT_KINDS } from '../permissions.js';
import { NewPasswordField } from './common.js';
import { TextField } from './input-rules.js';
import { LanguageField } from './language.js';
import { TWO_FACTOR_REQUIREMENTS } from './tenant-settings.js';
import { DisplayNameField, NewUsernameField } from './users.js';

// POST /api/dev/fixtures (DEV_FIXTURES=true, never in production): the end-to-end tests make
// their own tenants, users and authenticators through it. The caller picks unique domains.

/** Lower case, as tenant domains are stored. */
const FixtureDomainField = Type.String({
  minLength: 3,
  maxLength: 253,
  pattern: '^[a-z0-9][a-z0-9.-]*[a-z0-9]$',
});

export const DevFixtureUser = Type.Object(
  {
    username: NewUsernameField,
    role: Type.Enum(ROLE_KEYS),
    /** Unset: no password yet, as for a user created under User management. */
    password: Type.Optional(NewPasswordField),
    displayName: Type.Optional(DisplayNameField),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    language: Type.Optional(LanguageField),
    /** A confirmed authenticator, no code used yet; the answer carries its secret. */
    totp: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type DevFixtureUser = Type.Static<typeof DevFixtureUser>;

export const DevFixtureTenant = Type.Object(
  {
    kind: Type.Enum(TENANT_KINDS),
    domain: FixtureDomainField,
    name: TextField({ minLength: 1, maxLength: 200 }),
    /** A customer's reseller (every customer has one): made earlier in this request, or existing. */
    parentDomain: Type.Optional(FixtureDomainField),
    twoFactorRequiredFor: Type.Optional(Type.Enum(TWO_FACTOR_REQUIREMENTS)),
    twoFactorGraceUntil: Type.Optional(Type.String({ format: 'date-time' })),
    users: Type.Optional(Type.Array(DevFixtureUser, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type DevFixtureTenant = Type.Static<typeof DevFixtureTenant>;

export const DevFixturesBody = Type.Object(
  {
    /** Made in this order, each with its users. */
    tenants: Type.Optional(Type.Array(DevFixtureTenant, { maxItems: 10 })),
    /** Users of tenants that exist already. */
    users: Type.Optional(
      Type.Array(
        Type.Object(
          { tenantDomain: FixtureDomainField, ...DevFixtureUser.properties },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    /**
     * Accounts whose sessions last proved their factors long ago, so that the next sensitive
     * change asks "Confirm it's you" (the step-up dialog) without waiting minutes.
     */
    staleProofs: Type.Optional(
      Type.Array(
        Type.Object(
          { tenantDomain: FixtureDomainField, username: NewUsernameField },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DevFixturesBody = Type.Static<typeof DevFixturesBody>;

export const DevFixtureAccount = Type.Object({
  id: Type.String(),
  tenantDomain: Type.String(),
  username: Type.String(),
  /** Only for a user asked with `totp: true`: what an authenticator app would hold. */
  totp: Type.Optional(
    Type.Object({ secret: Type.String(), recoveryCodes: Type.Array(Type.String()) }),
  ),
});
export type DevFixtureAccount = Type.Static<typeof DevFixtureAccount>;

/** In the order of the request: `tenants[i].users[j]` answers `tenants[i].users[j]`. */
export const DevFixturesResponse = Type.Object({
  tenants: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.Enum(TENANT_KINDS),
      domain: Type.String(),
      name: Type.String(),
      users: Type.Array(DevFixtureAccount),
    }),
  ),
  users: Type.Array(DevFixtureAccount),
});
export type DevFixturesResponse = Type.Static<typeof DevFixturesResponse>;
