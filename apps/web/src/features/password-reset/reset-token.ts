import { ResetTokenField } from '@portal/shared';
import { Check } from 'typebox/schema';

/**
 * The token of a reset link, from the URL fragment ("#token=…"): browsers never send the
 * fragment to a server, nor in a Referer header. '' when there is none.
 */
export function readResetToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}

/** Whether a token has the shape the API accepts at all; anything else cannot be a valid link. */
export function isResetToken(token: string): boolean {
  return Check(ResetTokenField, token);
}
