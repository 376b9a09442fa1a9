import type { Permission } from '@portal/shared';
import { Navigate, Outlet, useMatches } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/me';

/** What each portal route carries for the guard: the permission of its entry in config/paths.ts. */
export type PortalRouteHandle = { permission: Permission };

function isPortalRouteHandle(handle: unknown): handle is PortalRouteHandle {
  return typeof handle === 'object' && handle !== null && 'permission' in handle;
}

/**
 * The one permission check of the portal's pages: the matched page's permission, as
 * config/paths.ts names it, against the signed-in user's. Without it the page is not rendered (and
 * asks the API nothing): the user goes to the start page, as the menu does not offer the page
 * either. Without even the start page's permission nothing is shown, rather than a redirect loop;
 * the API answers /api/me only with portal.access, so that is not reached in practice.
 */
export function PermissionGuard() {
  const { data: me } = useMe();
  const permission = useMatches()
    .map((match) => match.handle)
    .findLast(isPortalRouteHandle)?.permission;
  // PortalRoot renders this only once the account is loaded.
  if (!me) return null;
  if (permission !== undefined && me.permissions.includes(permission)) return <Outlet />;
  if (!me.permissions.includes(paths.home.permission)) return null;
  return <Navigate to={paths.home.getHref()} replace />;
}
