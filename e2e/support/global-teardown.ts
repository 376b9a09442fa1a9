import { rm } from 'node:fs/promises';

/** The app's DATA_DIR was made for this run only. */
export default async function globalTeardown() {
  const dir = process.env.E2E_DATA_DIR;
  if (dir?.includes('portal-e2e-')) await rm(dir, { recursive: true, force: true });
}
