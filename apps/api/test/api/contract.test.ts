import { type Endpoint, ERROR_STATUS, endpoints, errorsOf, needsSession } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';

const all = Object.entries(endpoints) as [string, Endpoint][];

describe('the API answers the contract, keyed by route', () => {
  // Every optional part on: the dev outbox (no SMTP_URL) and the fixtures route.
  const t = useTestApp({ env: { DEV_FIXTURES: 'true' } });

  it.each(all)('%s is a route of the app', (_, endpoint) => {
    expect(t.app.hasRoute({ method: endpoint.method, url: endpoint.path })).toBe(true);
  });

  it('describes every endpoint in the OpenAPI document, with each error status it can answer', async () => {
    const { paths } = (await t.app.inject({ url: '/api/docs/json' })).json();
    for (const [name, endpoint] of all) {
      const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
      const operation = paths[path]?.[endpoint.method.toLowerCase()];
      expect(operation, name).toBeDefined();
      expect(operation.summary).toBe(endpoint.summary);
      const statuses = Object.keys(operation.responses).map(Number);
      for (const code of errorsOf(endpoint)) {
        expect(statuses, `${name}: ${code}`).toContain(ERROR_STATUS[code]);
      }
    }
  });

  it.each(all.filter(([, endpoint]) => needsSession(endpoint)))(
    '%s refuses a request without a session (401 unauthenticated)',
    async (_, endpoint) => {
      const url = endpoint.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.app.inject({ method: endpoint.method, url, payload: {} });
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toBe('unauthenticated');
    },
  );
});

describe('the contract check of the tests', () => {
  const t = useTestApp({
    beforeReady: (app) => {
      // A route that answers what its endpoint does not declare: health with a 409.
      app.addHook('onRequest', async (request, reply) => {
        if (request.url === '/api/health?breach') {
          return reply.code(409).send({ error: 'last_admin', message: 'not declared' });
        }
      });
    },
  });

  it('turns an answer the contract does not allow into a 500', async () => {
    const response = await t.app.inject({ url: '/api/health?breach' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error).toBe('internal_error');
  });
});
