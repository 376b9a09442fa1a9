import { STORAGE_KEYS } from '@/config/constants';
import { readStorage, writeStorage } from '@/lib/storage';

/** The tenant domain of the last successful sign-in, so /login can pre-fill it next time. */
export function readLastTenantDomain(): string {
  return readStorage(STORAGE_KEYS.lastTenantDomain) ?? '';
}

export function rememberTenantDomain(tenantDomain: string): void {
  if (tenantDomain !== '') writeStorage(STORAGE_KEYS.lastTenantDomain, tenantDomain);
}
