// Writes brotli (.br) and gzip (.gz) siblings of the built SPA's text files, so that the API
// serves them precompressed (@fastify/static `preCompressed`) instead of compressing per request
// or sending them raw. A sibling newer than its file is kept: rebuilding costs nothing then.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
]);
// Below this, headers outweigh what compression saves.
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const encoders = {
  '.br': (bytes) =>
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  '.gz': (bytes) => gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
};

async function* filesIn(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(full);
    else if (COMPRESSIBLE.has(path.extname(entry.name))) yield full;
  }
}

const mtime = (file) =>
  stat(file).then(
    (s) => s.mtimeMs,
    () => 0,
  );

/** Compresses every eligible file under `dir`; returns the byte totals (and files written). */
export async function compressAssets(dir) {
  const totals = { files: 0, written: 0, raw: 0, br: 0, gz: 0 };
  for await (const file of filesIn(dir)) {
    const bytes = await readFile(file);
    if (bytes.length < MIN_BYTES) continue;
    totals.files++;
    totals.raw += bytes.length;
    const fileTime = await mtime(file);
    for (const [extension, encode] of Object.entries(encoders)) {
      const target = file + extension;
      if ((await mtime(target)) < fileTime) {
        await writeFile(target, await encode(bytes));
        totals.written++;
      }
      totals[extension.slice(1)] += (await stat(target)).size;
    }
  }
  return totals;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../apps/web/dist', import.meta.url));
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  const t = await compressAssets(dir);
  if (t.written > 0)
    console.log(`compressed ${t.files} files: ${kb(t.raw)} → br ${kb(t.br)}, gzip ${kb(t.gz)}`);
}
