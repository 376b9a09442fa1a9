import { AuditEventListResponse, AuditEventQuery } from '../schemas/audit-events.js';
import { NoContent } from '../schemas/common.js';
import {
  CreateCustomerBody,
  CustomerIdParams,
  CustomerListItem,
  CustomerListQuery,
  CustomerListResponse,
  SwitchTenantBody,
  SwitchTenantResponse,
  UpdateCustomerBody,
} from '../schemas/customers.js';
import { MeResponse } from '../schemas/me.js';
import { RevokeOthersResponse, SessionIdParams, SessionListResponse } from '../schemas/sessions.js';
import { TenantSettings, UpdateTenantSettingsBody } from '../schemas/tenant-settings.js';
import { defineEndpoint } from './endpoint.js';

/** The signed-in portal: who am I, customers, own sessions, tenant settings, audit log. */
export const portalEndpoints = {
  me: defineEndpoint({
    method: 'GET',
    path: '/api/me',
    tag: 'account',
    summary: 'The signed-in user, their tenant, the acting tenant and their permissions',
    access: { permission: 'portal.access' },
    response: { 200: MeResponse },
    errors: [],
  }),
  listCustomers: defineEndpoint({
    method: 'GET',
    path: '/api/customers',
    tag: 'customers',
    summary: "The reseller's customers: most recently used first; search by name or domain",
    access: { permission: 'customers.select' },
    actsInTenant: false,
    query: CustomerListQuery,
    response: { 200: CustomerListResponse },
    errors: ['not_found'],
  }),
  createCustomer: defineEndpoint({
    method: 'POST',
    path: '/api/customers',
    tag: 'customers',
    summary:
      'Add customer: a new customer tenant of the reseller with its first administrator, who is mailed a link to set a password',
    access: { permission: 'customers.manage' },
    // The reseller's own directory: it works from whichever tenant the session acts in.
    actsInTenant: false,
    body: CreateCustomerBody,
    response: { 201: CustomerListItem },
    errors: ['not_found', 'domain_taken'],
  }),
  updateCustomer: defineEndpoint({
    method: 'PATCH',
    path: '/api/customers/:tenantId',
    tag: 'customers',
    summary:
      'Deactivate a customer (nobody signs in, nobody acts in it; its data stays) or activate it again',
    access: { permission: 'customers.manage' },
    actsInTenant: false,
    params: CustomerIdParams,
    body: UpdateCustomerBody,
    response: { 200: CustomerListItem },
    errors: ['not_found'],
  }),
  switchTenant: defineEndpoint({
    method: 'POST',
    path: '/api/session/tenant',
    tag: 'customers',
    summary:
      "Act in one of the reseller's customers (or back in the reseller's own tenant); the session id is rotated",
    access: { permission: 'customers.select' },
    actsInTenant: false,
    body: SwitchTenantBody,
    response: { 200: SwitchTenantResponse },
    errors: ['not_found'],
  }),
  listSessions: defineEndpoint({
    method: 'GET',
    path: '/api/sessions',
    tag: 'account',
    summary: "The signed-in user's active sessions, most recently seen first",
    access: { permission: 'account.manage' },
    response: { 200: SessionListResponse },
    errors: [],
  }),
  revokeSession: defineEndpoint({
    method: 'DELETE',
    path: '/api/sessions/:sessionId',
    tag: 'account',
    summary: 'End one of your sessions; ending the current one signs you out here',
    access: { permission: 'account.manage' },
    params: SessionIdParams,
    response: { 204: NoContent },
    errors: ['not_found'],
  }),
  revokeOtherSessions: defineEndpoint({
    method: 'POST',
    path: '/api/sessions/revoke-others',
    tag: 'account',
    summary: 'End all your sessions except this one',
    access: { permission: 'account.manage' },
    response: { 200: RevokeOthersResponse },
    errors: [],
  }),
  getTenantSettings: defineEndpoint({
    method: 'GET',
    path: '/api/tenant/settings',
    tag: 'tenant',
    summary: "The acting tenant's 2FA policy and how many required users still lack 2FA",
    access: { permission: 'tenant.settings.manage' },
    response: { 200: TenantSettings },
    errors: [],
  }),
  updateTenantSettings: defineEndpoint({
    method: 'PUT',
    path: '/api/tenant/settings',
    tag: 'tenant',
    summary: 'Set who must use 2FA and an optional grace deadline (in the future)',
    access: { permission: 'tenant.settings.manage' },
    body: UpdateTenantSettingsBody,
    response: { 200: TenantSettings },
    errors: [],
  }),
  listAuditEvents: defineEndpoint({
    method: 'GET',
    path: '/api/audit-events',
    tag: 'audit',
    summary:
      "The acting tenant's audit events, newest first; filter by user (actor or subject), type and time",
    access: { permission: 'audit.read' },
    query: AuditEventQuery,
    response: { 200: AuditEventListResponse },
    errors: [],
  }),
} as const;
