-- Mails in the user's language: one of the languages the portal offers, set from the UI language
-- at sign-in and under Account. It replaces the free-form "locale", which nothing ever wrote.
CREATE TYPE "Language" AS ENUM ('en', 'de', 'fr');

ALTER TABLE "users" ADD COLUMN "language" "Language" NOT NULL DEFAULT 'en';

-- Keep what a locale said where it names an offered language (de-CH is German).
UPDATE "users" SET "language" = lower(split_part(replace("locale", '_', '-'), '-', 1))::"Language"
WHERE lower(split_part(replace("locale", '_', '-'), '-', 1)) IN ('en', 'de', 'fr');

ALTER TABLE "users" DROP COLUMN "locale";

-- The "account locked" notice goes out at most once an hour per account: when it last went.
ALTER TABLE "users" ADD COLUMN "lock_notice_sent_at" TIMESTAMPTZ(3);
