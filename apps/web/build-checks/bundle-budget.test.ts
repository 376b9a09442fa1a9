import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the first visit of /login costs: the entry chunk and every chunk it imports statically,
 * gzip-compressed as they travel. Every other page loads on demand (src/app/routes.tsx). A size budget,
 * not a timing: it fails when the login's JavaScript grows past it.
 *
 * The budget holds today's size with a little room; issue 13 asks for 110 KB, which needs the
 * texts split by language and the contract's schemas kept off the login (see the note there).
 */
const LOGIN_JS_BUDGET_GZIP_BYTES = 200 * 1024;

const webRoot = path.resolve(import.meta.dirname, '..');
let outDir: string;
let manifest: Manifest;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'portal-bundle-'));
  await build({
    configFile: path.join(webRoot, 'vite.config.ts'),
    logLevel: 'silent',
    // As `vite build` does; vitest's NODE_ENV=test would otherwise bring React's development build.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

/** The chunk files a page needs before it runs: the entry and its static imports, transitively. */
function initialChunks(entryKey: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return [...seen].map((key) => manifest[key]?.file as string);
}

async function gzipSize(file: string): Promise<number> {
  return gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length;
}

describe('the login page’s JavaScript', () => {
  it(`stays within ${LOGIN_JS_BUDGET_GZIP_BYTES / 1024} KB gzip on the first visit`, async () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
    expect(entry, 'an entry chunk').toBeDefined();
    const files = initialChunks(entry?.[0] as string);
    const sizes = await Promise.all(files.map(gzipSize));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total, files.map((file, i) => `${file}: ${sizes[i]}`).join('\n')).toBeLessThanOrEqual(
      LOGIN_JS_BUDGET_GZIP_BYTES,
    );
  });

  it('does not carry the portal pages, the 2FA activation or the password reset', () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0] as string;
    const initial = new Set(initialChunks(entry));
    const lazy = Object.values(manifest).filter(
      (chunk) => chunk.src && /routes\/(portal\/|two-factor-setup|password-reset)/.test(chunk.src),
    );
    expect(lazy.length).toBeGreaterThanOrEqual(9);
    for (const chunk of lazy) expect(initial.has(chunk.file), chunk.src).toBe(false);
  });
});
