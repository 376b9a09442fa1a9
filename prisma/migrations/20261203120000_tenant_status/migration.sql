-- A deactivated tenant signs nobody in and cannot be acted in; its data stays.
CREATE TYPE "TenantStatus" AS ENUM ('active', 'deactivated');

ALTER TABLE "tenants" ADD COLUMN "status" "TenantStatus" NOT NULL DEFAULT 'active';
