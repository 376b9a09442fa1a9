import { Type } from 'typebox';
import { TenantSummary } from './me.js';

export const CustomerListQuery = Type.Object(
  {
    search: Type.Optional(
      Type.String({ maxLength: 253, description: 'Part of the customer name or tenant domain.' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type CustomerListQuery = Type.Static<typeof CustomerListQuery>;

export const CustomerListItem = Type.Object({
  id: Type.String(),
  domain: Type.String(),
  name: Type.String(),
  /** When the signed-in reseller user last acted in it; the list shows these first. */
  lastSelectedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type CustomerListItem = Type.Static<typeof CustomerListItem>;

export const CustomerListResponse = Type.Object({
  items: Type.Array(CustomerListItem),
  total: Type.Integer(),
});
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
