import { Type } from 'typebox';
import { TENANT_DOMAIN_PATTERN } from '../tenant-domain-rules.js';
import { CursorField, OffsetField, TextField } from './input-rules.js';
import { TenantSummary } from './me.js';
import { DisplayNameField, NewUsernameField } from './users.js';

export const TENANT_STATUSES = ['active', 'deactivated'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export const CustomerListQuery = Type.Object(
  {
    search: Type.Optional(
      TextField({ maxLength: 253, description: 'Part of the customer name or tenant domain.' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
    /** Keyset paging by name: the page after the previous page's last customer. */
    cursor: Type.Optional(CursorField),
    /** Offset paging, kept for existing clients: its cost grows with the offset. */
    offset: Type.Optional(OffsetField),
  },
  { additionalProperties: false },
);
export type CustomerListQuery = Type.Static<typeof CustomerListQuery>;

export const CustomerListItem = Type.Object({
  id: Type.String(),
  domain: Type.String(),
  name: Type.String(),
  /** A deactivated customer signs nobody in and cannot be acted in; its data stays. */
  status: Type.Enum(TENANT_STATUSES),
  /** When the signed-in reseller user last acted in it; the list shows these first. */
  lastSelectedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type CustomerListItem = Type.Static<typeof CustomerListItem>;

/**
 * The first page starts with the customers the user acted in most recently (at most
 * RECENT_CUSTOMERS_SHOWN), then every other customer by name (case-insensitive), page by page.
 */
export const CustomerListResponse = Type.Object({
  items: Type.Array(CustomerListItem),
  /** All matches, counted on the first page (no cursor) only; null on later pages. */
  total: Type.Union([Type.Integer(), Type.Null()]),
  /** The `cursor` of the next page; null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

/** How many of the most recently used customers head the first page. */
export const RECENT_CUSTOMERS_SHOWN = 5;
export type CustomerListResponse = Type.Static<typeof CustomerListResponse>;

export const SwitchTenantBody = Type.Object(
  {
    tenantId: Type.String({
      format: 'uuid',
      description: "One of the reseller's customers, or the reseller's own tenant to go back.",
    }),
  },
  { additionalProperties: false },
);
export type SwitchTenantBody = Type.Static<typeof SwitchTenantBody>;

export const SwitchTenantResponse = Type.Object({ actingTenant: TenantSummary });
export type SwitchTenantResponse = Type.Static<typeof SwitchTenantResponse>;

export const TenantDomainInput = Type.String({
  minLength: 3,
  maxLength: 253,
  pattern: TENANT_DOMAIN_PATTERN,
  description: 'Lower-case labels of letters, digits and hyphens, e.g. acme-123456.tenant.',
});

/** "Add customer": a new customer tenant of the reseller, with its first administrator. */
export const CreateCustomerBody = Type.Object(
  {
    name: TextField({ minLength: 1, maxLength: 200 }),
    /** Unset: made from the name plus a random 6-digit number (acme-123456.tenant). */
    domain: Type.Optional(TenantDomainInput),
    admin: Type.Object(
      {
        username: NewUsernameField,
        email: Type.String({ format: 'email', maxLength: 254 }),
        displayName: Type.Optional(DisplayNameField),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type CreateCustomerBody = Type.Static<typeof CreateCustomerBody>;

export const CustomerIdParams = Type.Object({ tenantId: Type.String({ format: 'uuid' }) });
export type CustomerIdParams = Type.Static<typeof CustomerIdParams>;

export const UpdateCustomerBody = Type.Object(
  { status: Type.Enum(TENANT_STATUSES) },
  { additionalProperties: false },
);
export type UpdateCustomerBody = Type.Static<typeof UpdateCustomerBody>;
