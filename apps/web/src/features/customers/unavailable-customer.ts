/** The customer a session could no longer act in (it left the reseller); its name if known. */
export type UnavailableCustomer = { name: string | null };

/** What the return to "Select customer" carries in the router's location state. */
export type CustomerSelectionState = { unavailableCustomer: UnavailableCustomer };

export function readUnavailableCustomer(state: unknown): UnavailableCustomer | null {
  if (typeof state !== 'object' || state === null) return null;
  const { unavailableCustomer } = state as Record<string, unknown>;
  if (typeof unavailableCustomer !== 'object' || unavailableCustomer === null) return null;
  const { name } = unavailableCustomer as Record<string, unknown>;
  return { name: typeof name === 'string' ? name : null };
}
