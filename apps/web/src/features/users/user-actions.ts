import type { UserListItem } from '@portal/shared';

/** What "User options" offers. */
export type UserAction =
  | 'edit'
  | 'resetPassword'
  | 'resetTwoFactor'
  | 'linkResellerPortal'
  | 'unlinkResellerPortal'
  | 'deactivate'
  | 'activate'
  | 'delete';

/** What besides the user decides the options: the server's setup and who is looking. */
export type UserActionContext = {
  /** A reseller portal is configured: accounts can be linked to it. */
  resellerPortalEnabled: boolean;
  /** The signed-in administrator's own account. */
  ownAccount: boolean;
};

/** The actions that make sense for this user, in menu order. */
export function availableUserActions(
  user: Pick<UserListItem, 'linkedToResellerPortal' | 'twoFactorEnabled' | 'status'>,
  { resellerPortalEnabled, ownAccount }: UserActionContext,
): UserAction[] {
  const actions: UserAction[] = ['edit'];
  if (user.linkedToResellerPortal) {
    // Its password and its two-factor authentication live at the portal, not here. Unlinking
    // works even with the portal switched off: it gives the account back a password.
    actions.push('unlinkResellerPortal');
  } else {
    actions.push('resetPassword');
    if (user.twoFactorEnabled) actions.push('resetTwoFactor');
    // Not the own account: a mistyped subject would lock the administrator out (the API refuses).
    if (resellerPortalEnabled && !ownAccount) actions.push('linkResellerPortal');
  }
  // Not the own account either: nobody locks themselves out by a slip in a menu (the API
  // refuses it too); another administrator can do it.
  if (!ownAccount) actions.push(user.status === 'active' ? 'deactivate' : 'activate', 'delete');
  return actions;
}
