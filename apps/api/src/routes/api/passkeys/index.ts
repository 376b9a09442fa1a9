import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';

/** Passkeys: registration, the second sign-in step, passwordless sign-in, step-up and the list. */
export default async function passkeyRoutes(app: FastifyInstance) {
  route(app, endpoints.passkeyRegistrationOptions, (request) =>
    app.passkeys.registrationOptions(request),
  );
  route(app, endpoints.passkeyRegistration, (request, reply) =>
    app.passkeys.register(request, reply, request.body),
  );
  route(app, endpoints.passkeySecondFactorOptions, (request) =>
    app.passkeys.secondFactorOptions(request),
  );
  route(app, endpoints.passkeySecondFactor, (request, reply) =>
    app.passkeys.withSecondFactor(request, reply, request.body.credential),
  );
  route(app, endpoints.passkeySignInOptions, () => app.passkeys.signInOptions());
  route(app, endpoints.passkeySignIn, (request, reply) =>
    app.passkeys.signIn(request, reply, request.body),
  );
  route(app, endpoints.passkeyReauthenticationOptions, (request) =>
    app.passkeys.reauthenticationOptions(requireAuth(request)),
  );
  route(app, endpoints.passkeyReauthentication, async (request, reply) => {
    await app.passkeys.reauthenticate(request, requireAuth(request), request.body.credential);
    return reply.code(204).send();
  });
  route(app, endpoints.listPasskeys, async (request) => ({
    passkeys: await app.passkeys.list(requireAuth(request).user.id),
  }));
  route(app, endpoints.renamePasskey, async (request, reply) => {
    const { passkeyId } = request.params;
    await app.passkeys.rename(request, requireAuth(request), passkeyId, request.body.name);
    return reply.code(204).send();
  });
  route(app, endpoints.removePasskey, async (request, reply) => {
    await app.passkeys.remove(request, requireAuth(request), request.params.passkeyId);
    return reply.code(204).send();
  });
}
