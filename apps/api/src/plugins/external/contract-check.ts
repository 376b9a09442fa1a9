import { answerBreach } from '@portal/shared/conformance';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * For tests: every answer of a contract route is checked against the contract, so a route that
 * answers a status, a body or an error code its endpoint does not declare fails loudly (500 and
 * the reason on stderr) instead of drifting from what the SPA was typed against.
 */
async function contractCheck(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    const endpoint = request.routeOptions.config.endpoint;
    if (!endpoint) return payload;
    const body = typeof payload === 'string' && payload !== '' ? parse(payload) : undefined;
    const breach = answerBreach(endpoint, reply.statusCode, body);
    if (breach) {
      const message = `contract breach: ${endpoint.method} ${endpoint.path}: ${breach}`;
      // Tests run with the logger off: the reason must still reach whoever reads the failure.
      console.error(message);
      throw new Error(message);
    }
    return payload;
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export default fp(contractCheck, { name: 'contract-check' });
