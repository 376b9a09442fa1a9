/**
 * Tenant domains as the portal hands them out (`acme-123456.tenant`): lower-case DNS-like
 * labels of letters, digits and hyphens, separated by dots, at least two labels. One rule for the
 * operator CLI, the reseller's "Add customer" form and the API.
 */
export const TENANT_DOMAIN_MAX_LENGTH = 253;
export const TENANT_DOMAIN_PATTERN =
  '^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$';
const TENANT_DOMAIN = new RegExp(TENANT_DOMAIN_PATTERN);

/** The suffix of generated domains, as on the vendor's help page. */
export const TENANT_DOMAIN_SUFFIX = '.tenant';

export function isTenantDomain(domain: string): boolean {
  return TENANT_DOMAIN.test(domain);
}

/**
 * A domain made from a name and a random number, the way the help page's domains look:
 * "Acme Corporation" and 123456 → `acme-corporation-123456.tenant`. Accents are dropped and
 * anything else becomes a hyphen; a name with no letters or digits gives `tenant-123456.tenant`.
 */
export function suggestTenantDomain(name: string, number: number): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  const digits = String(number).padStart(6, '0').slice(-6);
  return `${slug || 'tenant'}-${digits}${TENANT_DOMAIN_SUFFIX}`;
}
