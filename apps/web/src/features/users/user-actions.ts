import type { UserListItem } from '@portal/shared';

/** What "User options" offers. */
export type UserAction =
  | 'edit'
  | 'resetPassword'
  | 'resetTwoFactor'
  | 'deactivate'
  | 'activate'
  | 'delete';

/** The actions that make sense for this user, in menu order. */
export function availableUserActions(
  user: Pick<UserListItem, 'linkedToResellerPortal' | 'twoFactorEnabled' | 'status'>,
): UserAction[] {
  const actions: UserAction[] = ['edit'];
  // The password of an account linked to the reseller portal lives there, not here.
  if (!user.linkedToResellerPortal) actions.push('resetPassword');
  if (user.twoFactorEnabled) actions.push('resetTwoFactor');
  actions.push(user.status === 'active' ? 'deactivate' : 'activate', 'delete');
  return actions;
}
