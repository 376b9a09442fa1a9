/**
 * Reseller-portal sign-in (public: options, login, callback, logout) and account linking
 * (protected, users.manage), registered in the public and the protected part respectively.
 */
export { default as resellerPortalLinkRoutes } from './link-routes.js';
export { default as resellerPortalPublicRoutes } from './public-routes.js';
