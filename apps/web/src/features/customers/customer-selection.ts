import type { MeResponse } from '@portal/shared';

/**
 * A reseller user working in their own reseller tenant has nothing to manage there yet: they
 * start by picking a customer (after signing in, and whenever they open the start page).
 */
export function needsCustomerSelection(me: MeResponse): boolean {
  return (
    me.tenant.kind === 'reseller' &&
    me.actingTenant.id === me.tenant.id &&
    me.permissions.includes('customers.select')
  );
}
