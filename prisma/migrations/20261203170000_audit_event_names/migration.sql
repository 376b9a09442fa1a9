-- The audit log keeps names: each event stores the username and display name its actor and its
-- subject had when it happened, so the log still says who it was once the user is deleted.
ALTER TABLE "audit_events" ADD COLUMN "actor_username" TEXT;
ALTER TABLE "audit_events" ADD COLUMN "actor_display_name" TEXT;
ALTER TABLE "audit_events" ADD COLUMN "subject_username" TEXT;
ALTER TABLE "audit_events" ADD COLUMN "subject_display_name" TEXT;

-- Filled by the database as each event is written, whoever writes it (the API, the operator CLI):
-- one primary-key look-up inside the same INSERT, no extra round trip, and within the writer's
-- transaction, so a user created in it is found too. A name given explicitly is kept.
CREATE FUNCTION "audit_events_keep_names"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."actor_user_id" IS NOT NULL AND NEW."actor_username" IS NULL THEN
    SELECT "username", "display_name" INTO NEW."actor_username", NEW."actor_display_name"
    FROM "users" WHERE "id" = NEW."actor_user_id";
  END IF;
  IF NEW."subject_user_id" IS NOT NULL AND NEW."subject_username" IS NULL THEN
    SELECT "username", "display_name" INTO NEW."subject_username", NEW."subject_display_name"
    FROM "users" WHERE "id" = NEW."subject_user_id";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "audit_events_keep_names" BEFORE INSERT ON "audit_events"
FOR EACH ROW EXECUTE FUNCTION "audit_events_keep_names"();

-- Events written before: the names of the users that still exist.
UPDATE "audit_events" AS e SET "actor_username" = u."username", "actor_display_name" = u."display_name"
FROM "users" AS u WHERE u."id" = e."actor_user_id";
UPDATE "audit_events" AS e SET "subject_username" = u."username", "subject_display_name" = u."display_name"
FROM "users" AS u WHERE u."id" = e."subject_user_id";
