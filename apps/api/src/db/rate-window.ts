import type { PrismaClient } from '../generated/prisma/client.js';

/**
 * Counts one hit in the fixed window of `key` and answers the hits so far and the time left, in
 * one atomic upsert, so every API instance counts into the same window.
 */
export async function hitWindow(
  prisma: PrismaClient,
  key: string,
  windowMs: number,
): Promise<{ hits: number; ttlMs: number }> {
  const seconds = windowMs / 1000;
  const rows = await prisma.$queryRaw<{ hits: number; ttl: number }[]>`
    INSERT INTO rate_limit_windows AS w (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN w.window_start <= now() - make_interval(secs => ${seconds})
                  THEN 1 ELSE w.hits + 1 END,
      window_start = CASE WHEN w.window_start <= now() - make_interval(secs => ${seconds})
                          THEN now() ELSE w.window_start END
    RETURNING hits,
      GREATEST(CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${seconds}) - now())) * 1000), 0)::int AS ttl`;
  const row = rows[0];
  return { hits: row?.hits ?? 1, ttlMs: row?.ttl ?? windowMs };
}
