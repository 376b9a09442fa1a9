import { RSP_REFUSAL_REASONS, type RspRefusalReason } from '@portal/shared';

/** The reason the refusal page explains: one the API names, or 'unknown' for anything else. */
export type RefusalExplanation = RspRefusalReason | 'unknown';

/** Reads `?reason=` as the API's callback sets it; a missing or strange value gets a generic text. */
export function toRefusalExplanation(reason: string | null): RefusalExplanation {
  return RSP_REFUSAL_REASONS.find((known) => known === reason) ?? 'unknown';
}
