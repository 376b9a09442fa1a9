/**
 * Canonical forms for matching what people type: tenant domains and usernames are compared
 * case-insensitively and without surrounding spaces, and Unicode look-alike forms are folded.
 */
export function normalizeTenantDomain(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}

export function normalizeUsername(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}
