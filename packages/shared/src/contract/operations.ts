import { DevFixturesBody, DevFixturesResponse } from '../schemas/dev-fixtures.js';
import { DevOutboxResponse } from '../schemas/dev-outbox.js';
import { HealthResponse, ReadyResponse } from '../schemas/health.js';
import { defineEndpoint } from './endpoint.js';

/** Health for load balancers, and the development-only helpers. */
export const operationEndpoints = {
  health: defineEndpoint({
    method: 'GET',
    path: '/api/health',
    tag: 'health',
    summary: 'Liveness: the process answers',
    access: 'public',
    response: { 200: HealthResponse },
    errors: [],
  }),
  ready: defineEndpoint({
    method: 'GET',
    path: '/api/ready',
    tag: 'health',
    summary: 'Readiness: the database answers too (503 when it does not)',
    access: 'public',
    response: { 200: ReadyResponse },
    errors: ['service_unavailable'],
  }),
  /** Outside production and without SMTP_URL only: the mails kept instead of sent. */
  devOutbox: defineEndpoint({
    method: 'GET',
    path: '/api/dev/outbox',
    tag: 'dev',
    summary: 'The mails kept instead of sent, newest first (development only)',
    access: 'public',
    response: { 200: DevOutboxResponse },
    errors: [],
  }),
  devOutboxPage: defineEndpoint({
    method: 'GET',
    path: '/api/dev/outbox/page',
    tag: 'dev',
    summary: 'The dev outbox as an HTML page (development only)',
    access: 'public',
    response: { 200: 'html' },
    errors: [],
  }),
  /**
   * With DEV_FIXTURES=true only (refused in production), and only from the machine itself: the
   * end-to-end tests make their own tenants, users and authenticators.
   */
  devFixtures: defineEndpoint({
    method: 'POST',
    path: '/api/dev/fixtures',
    tag: 'dev',
    summary: 'Tenants, users and authenticators for the end-to-end tests (DEV_FIXTURES only)',
    access: 'public',
    body: DevFixturesBody,
    response: { 201: DevFixturesResponse },
    errors: ['not_found', 'domain_taken', 'username_taken'],
  }),
} as const;
