// The e2e tests drive the machine's Chromium (Playwright's own browser download is out of reach).
// Plain JavaScript, so that `npm test` checks for it before anything is built or run.
import { accessSync, constants, statSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** One line naming the fix when there is no Chromium to run, else undefined. */
export function missingChromium() {
  try {
    accessSync(chromiumPath, constants.X_OK);
    if (statSync(chromiumPath).isFile()) return undefined;
  } catch {}
  const where = process.env.CHROMIUM_PATH ? `${chromiumPath} (CHROMIUM_PATH)` : chromiumPath;
  return `No Chromium at ${where} for the end-to-end tests: install it with "apt-get install chromium", or set CHROMIUM_PATH to a Chromium executable.`;
}
