import type { UserListItem } from '@portal/shared';

export type TwoFactorLabelKey =
  | 'users.twoFactorManaged'
  | 'users.twoFactorTotp'
  | 'users.twoFactorPasskey'
  | 'users.twoFactorBoth'
  | 'users.twoFactorOff';

/**
 * What the Users list says of an account's second factor: which ones are in force, so that an
 * administrator sees at a glance who could still be phished (a code) and who could not (a passkey).
 */
export function twoFactorLabelKey(
  user: Pick<UserListItem, 'linkedToResellerPortal' | 'twoFactorMethods'>,
): TwoFactorLabelKey {
  // A linked account's second factor is enforced at the reseller portal, not here.
  if (user.linkedToResellerPortal) return 'users.twoFactorManaged';
  const totp = user.twoFactorMethods.includes('totp');
  const passkey = user.twoFactorMethods.includes('passkey');
  if (totp && passkey) return 'users.twoFactorBoth';
  if (totp) return 'users.twoFactorTotp';
  if (passkey) return 'users.twoFactorPasskey';
  return 'users.twoFactorOff';
}
