-- Step-up re-authentication: when the session's owner last proved their factors (sign-in counts).
ALTER TABLE "sessions" ADD COLUMN "factors_proven_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- A pending sign-in or enrollment step is bound to the state of the account's password and
-- factors when it started: a fingerprint of them, compared at every step.
ALTER TABLE "login_challenges" ADD COLUMN "account_state" TEXT NOT NULL DEFAULT '';
