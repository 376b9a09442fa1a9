import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { TOKEN_ALGORITHM } from '../../security/session-token.js';

/** Cookie parsing and the JWT signer behind the session and pending-step cookies. */
async function cookiesAndTokens(app: FastifyInstance, options: { sessionSecret: string }) {
  await app.register(cookie);
  await app.register(jwt, {
    secret: options.sessionSecret,
    sign: { algorithm: TOKEN_ALGORITHM },
    verify: { algorithms: [TOKEN_ALGORITHM] },
  });
}

export default fp(cookiesAndTokens, { name: 'cookies-and-tokens' });
