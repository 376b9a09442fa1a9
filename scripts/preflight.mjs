// Run first by `npm test` and `test:e2e`: what the tests need but cannot provide themselves
// stops the run before any test, in one line. (PostgreSQL needs no check: the API tests start an
// embedded one when there is no server.)
import { missingChromium } from '../e2e/support/chromium.mjs';

const problem = missingChromium();
if (problem) {
  console.error(problem);
  process.exit(1);
}
