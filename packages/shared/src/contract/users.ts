import { NoContent } from '../schemas/common.js';
import { AcceptedResponse } from '../schemas/password-reset.js';
import { RspLinkBody } from '../schemas/reseller-portal.js';
import { UserIdParams } from '../schemas/two-factor.js';
import {
  CreateUserBody,
  UpdateUserBody,
  UserListItem,
  UserListQuery,
  UserListResponse,
} from '../schemas/users.js';
import { defineEndpoint } from './endpoint.js';

const read = { permission: 'users.read' } as const;
const manage = { permission: 'users.manage' } as const;

/** User management in the acting tenant: list and look up, manage, and the user options. */
export const userEndpoints = {
  listUsers: defineEndpoint({
    method: 'GET',
    path: '/api/users',
    tag: 'users',
    summary: 'The users of the acting tenant, by username; search by name, username or e-mail',
    access: read,
    query: UserListQuery,
    response: { 200: UserListResponse },
    errors: [],
  }),
  getUser: defineEndpoint({
    method: 'GET',
    path: '/api/users/:userId',
    tag: 'users',
    summary: 'One user of the acting tenant (404 for any other id)',
    access: read,
    params: UserIdParams,
    response: { 200: UserListItem },
    errors: ['not_found'],
  }),
  createUser: defineEndpoint({
    method: 'POST',
    path: '/api/users',
    tag: 'users',
    summary: 'Create a user; they receive a mail with a link to set their password',
    access: manage,
    body: CreateUserBody,
    response: { 201: UserListItem },
    errors: ['username_taken'],
  }),
  updateUser: defineEndpoint({
    method: 'PATCH',
    path: '/api/users/:userId',
    tag: 'users',
    summary: 'Edit a user: username, name, e-mail, role, or deactivate / reactivate',
    access: manage,
    params: UserIdParams,
    body: UpdateUserBody,
    response: { 200: UserListItem },
    errors: [
      'not_found',
      'username_taken',
      'last_admin',
      'own_account',
      'managed_by_reseller_portal',
      // Changing one's own e-mail address is a sensitive change: it needs a recent step-up.
      'reauthentication_required',
    ],
  }),
  deleteUser: defineEndpoint({
    method: 'DELETE',
    path: '/api/users/:userId',
    tag: 'users',
    summary: 'Delete a user with their sessions, roles and 2FA',
    access: manage,
    params: UserIdParams,
    response: { 204: NoContent },
    errors: ['not_found', 'last_admin', 'own_account'],
  }),
  resetUserPassword: defineEndpoint({
    method: 'POST',
    path: '/api/users/:userId/password-reset',
    tag: 'users',
    summary: 'User options → Reset password: mails the user a reset link (also to activate 2FA)',
    access: manage,
    params: UserIdParams,
    response: { 202: AcceptedResponse },
    errors: ['not_found', 'managed_by_reseller_portal', 'no_email'],
  }),
  resetUserTwoFactor: defineEndpoint({
    method: 'POST',
    path: '/api/users/:userId/two-factor/reset',
    tag: 'users',
    summary: "Reset a user's 2FA: they must activate it again at their next sign-in",
    access: manage,
    params: UserIdParams,
    response: { 204: NoContent },
    errors: ['not_found'],
  }),
  linkUserToResellerPortal: defineEndpoint({
    method: 'PUT',
    path: '/api/users/:userId/rsp-link',
    tag: 'users',
    summary:
      'Link a user to a reseller-portal account: they sign in there from now on (password, our 2FA and sessions end)',
    access: manage,
    params: UserIdParams,
    body: RspLinkBody,
    response: { 200: UserListItem },
    errors: ['not_found', 'own_account', 'subject_taken'],
  }),
  unlinkUserFromResellerPortal: defineEndpoint({
    method: 'DELETE',
    path: '/api/users/:userId/rsp-link',
    tag: 'users',
    summary:
      'Unlink a user from the reseller portal: their sessions end and they are mailed a link to set a password',
    access: manage,
    params: UserIdParams,
    response: { 200: UserListItem },
    errors: ['not_found', 'not_linked', 'no_email'],
  }),
} as const;
