import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI where its schema engine is available; this project applies the SQL
// migrations itself (apps/api/src/db/migrate.ts) in the same `_prisma_migrations` format.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/portal' },
});
