import { type Endpoint, endpoints, needsSession } from '@portal/shared';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeReseller, makeUser } from '../helpers/factories.js';
import { credentialsOf, loginAs } from '../helpers/login.js';
import {
  BAD_VALUES,
  type BadValue,
  type FuzzTarget,
  fuzzTargets,
  requestFor,
} from '../helpers/openapi-fuzz.js';
import { useTestApp } from '../helpers/test-app.js';

const contract = Object.values(endpoints) as Endpoint[];

function endpointOf(target: FuzzTarget): Endpoint {
  const path = target.path.replace(/\{(\w+)\}/g, ':$1');
  const endpoint = contract.find((e) => e.path === path && e.method === target.method);
  if (!endpoint) throw new Error(`${target.method} ${target.path} is not in the contract`);
  return endpoint;
}

/** The reseller-portal callback answers a malformed request with its refusal page, not JSON. */
const answersWithRedirect = (endpoint: Endpoint) => 302 in endpoint.response;

describe('no input makes any operation answer 5xx (fuzz from the OpenAPI document)', () => {
  // Every optional operation on: the dev outbox (no SMTP_URL) and the fixtures route.
  const t = useTestApp({ env: { DEV_FIXTURES: 'true' } });
  let targets: FuzzTarget[] = [];
  let credentials: ReturnType<typeof credentialsOf>;

  beforeAll(async () => {
    targets = await fuzzTargets(t.app);
    // A reseller administrator within the 2FA grace period: signed in by password alone, with
    // a fresh proof of the factors, so that step-up routes validate their input too.
    const reseller = await makeReseller(t.db);
    await t.db.prisma.tenant.update({
      where: { id: reseller.id },
      data: { twoFactorGraceUntil: new Date(Date.now() + 86_400_000) },
    });
    credentials = credentialsOf(await makeUser(t.db, { tenantId: reseller.id, roles: ['admin'] }));
  });

  it('finds string, integer and date-time fields in the document', () => {
    const kinds = new Set(targets.map((target) => target.kind));
    expect([...kinds].sort()).toEqual(['date-time', 'integer', 'string']);
    expect(targets.length).toBeGreaterThan(40);
  });

  it.each([
    ['without a session', false],
    ['with a session', true],
  ])(
    'refuses every bad value %s with 400 validation_error naming the field',
    async (_, signedIn) => {
      let session = signedIn ? await loginAs(t.app, credentials) : undefined;
      const problems: string[] = [];
      let sent = 0;
      for (const target of targets) {
        const endpoint = endpointOf(target);
        for (const bad of BAD_VALUES[target.kind]) {
          const response = await t.app.inject(requestFor(target, bad, session));
          sent += 1;
          const problem = judge(response, target, bad, endpoint, session !== undefined);
          if (problem)
            problems.push(
              `${target.method} ${target.path} ${target.field} ${bad.label}: ${problem}`,
            );
          // Whatever slipped through may have ended the session (logout, password change…).
          if (session && response.statusCode !== 400) session = await stillSignedIn(session);
        }
      }
      expect(problems).toEqual([]);
      console.info(`input fuzz ${signedIn ? 'with' : 'without'} a session: ${sent} requests`);
    },
  );

  async function stillSignedIn(session: string): Promise<string> {
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: session } });
    return me.statusCode === 200 ? session : loginAs(t.app, credentials);
  }
});

/** What is wrong with the answer, or undefined when it is the expected refusal. */
function judge(
  response: LightMyRequestResponse,
  target: FuzzTarget,
  bad: BadValue,
  endpoint: Endpoint,
  signedIn: boolean,
): string | undefined {
  if (response.statusCode >= 500) return `${response.statusCode} ${response.body}`;
  if (answersWithRedirect(endpoint)) return undefined;
  const errorCode = response.statusCode >= 400 ? (response.json() as { error?: string }).error : '';
  if (errorCode === undefined)
    return `${response.statusCode} outside the error model: ${response.body}`;
  if (bad.mayPassInUrl && target.location !== 'body') return undefined;
  if (needsSession(endpoint) && !signedIn) {
    return response.statusCode === 401 ? undefined : `${response.statusCode} without a session`;
  }
  if (response.statusCode !== 400) return `${response.statusCode} ${response.body}`;
  const body = response.json() as { error: string; field?: string };
  if (body.error !== 'validation_error') return `400 ${body.error}`;
  return body.field === target.field ? undefined : `names ${body.field}, not ${target.field}`;
}
