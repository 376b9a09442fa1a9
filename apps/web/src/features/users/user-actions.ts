import type { UserListItem } from '@portal/shared';

/** What "User options" offers; later issues add editing and deactivating here. */
export type UserAction = 'resetPassword' | 'resetTwoFactor';

/** The actions that make sense for this user, in menu order. */
export function availableUserActions(
  user: Pick<UserListItem, 'linkedToResellerPortal' | 'twoFactorEnabled'>,
): UserAction[] {
  const actions: UserAction[] = [];
  // The password of an account linked to the reseller portal lives there, not here.
  if (!user.linkedToResellerPortal) actions.push('resetPassword');
  if (user.twoFactorEnabled) actions.push('resetTwoFactor');
  return actions;
}
