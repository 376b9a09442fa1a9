import { isRepresentableDateTime } from '@portal/shared';
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const common: Options = {
  useDefaults: true,
  removeAdditional: true,
  allErrors: false,
  strict: false,
};

/** Both the formats of ajv-formats and the portal's stricter date-time (years 0001–9999, no leap second). */
function withFormats(ajv: Ajv): Ajv {
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isRepresentableDateTime });
  return ajv;
}

/**
 * Bodies are JSON and are validated without coercion, so `{"username": 123}` is a 400 rather than
 * the string "123". Query strings and params are text by nature and are coerced.
 */
async function validation(app: FastifyInstance) {
  const bodyAjv = withFormats(new Ajv({ ...common, coerceTypes: false }));
  const textAjv = withFormats(new Ajv({ ...common, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? bodyAjv : textAjv).compile(schema),
  );
}

export default fp(validation, { name: 'validation' });
