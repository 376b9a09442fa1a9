-- Lists whose cost does not grow with the data (issue 13, point 6).

-- Substring search through trigram indexes: pg_trgm makes ILIKE '%term%' an index search, and
-- btree_gin lets the tenant column sit in the same GIN index, so a search reads one tenant only.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX "users_tenant_id_username_trgm_idx" ON "users" USING GIN ("tenant_id" uuid_ops, "username" gin_trgm_ops);
CREATE INDEX "users_tenant_id_display_name_trgm_idx" ON "users" USING GIN ("tenant_id" uuid_ops, "display_name" gin_trgm_ops);
CREATE INDEX "users_tenant_id_email_trgm_idx" ON "users" USING GIN ("tenant_id" uuid_ops, "email" gin_trgm_ops);

CREATE INDEX "tenants_parent_id_name_trgm_idx" ON "tenants" USING GIN ("parent_id" uuid_ops, "name" gin_trgm_ops);
CREATE INDEX "tenants_parent_id_domain_trgm_idx" ON "tenants" USING GIN ("parent_id" uuid_ops, "domain" gin_trgm_ops);

-- A reseller's customers are paged by name, case-insensitively, with a keyset cursor on
-- (lower(name), id). schema.prisma cannot express an index on an expression; the drift test
-- (apps/api/test/db/schema-shape.ts) knows this one by name.
CREATE INDEX "tenants_parent_id_lower_name_id_idx" ON "tenants" ("parent_id", lower("name"), "id");

-- The audit log is ordered by (created_at, id), newest first, and paged with a keyset cursor on
-- that pair: every filter index ends in it, so a page (also of a time range long ago) reads only
-- its own rows. The list no longer orders by id alone, so (tenant_id, id) has no reader left.
DROP INDEX "audit_events_tenant_id_created_at_idx";
DROP INDEX "audit_events_tenant_id_type_created_at_idx";
DROP INDEX "audit_events_tenant_id_actor_user_id_created_at_idx";
DROP INDEX "audit_events_tenant_id_subject_user_id_created_at_idx";
DROP INDEX "audit_events_tenant_id_id_idx";
CREATE INDEX "audit_events_tenant_id_created_at_id_idx" ON "audit_events"("tenant_id", "created_at", "id");
CREATE INDEX "audit_events_tenant_id_type_created_at_id_idx" ON "audit_events"("tenant_id", "type", "created_at", "id");
CREATE INDEX "audit_events_tenant_id_actor_user_id_created_at_id_idx" ON "audit_events"("tenant_id", "actor_user_id", "created_at", "id");
CREATE INDEX "audit_events_tenant_id_subject_user_id_created_at_id_idx" ON "audit_events"("tenant_id", "subject_user_id", "created_at", "id");

-- Which permission catalogue (a hash of packages/shared's permissions and role grants) the roles
-- were last synced to: a start finds it unchanged and skips the sync, whatever the tenant count.
CREATE TABLE "catalogue_versions" (
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalogue_versions_pkey" PRIMARY KEY ("name")
);
