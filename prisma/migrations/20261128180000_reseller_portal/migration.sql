-- CreateEnum
CREATE TYPE "AuthMethod" AS ENUM ('local', 'reseller_portal');

-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "auth_method" "AuthMethod" NOT NULL DEFAULT 'local';
