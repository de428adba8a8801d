-- Ordering of Stripe's news in Stripe's time (issue 31): the upper bound of the held state,
-- a store counter for reads, and the mode each account was created in.
ALTER TABLE "creator_profiles"
ADD COLUMN     "stripe_state_at" TIMESTAMP(3),
ADD COLUMN     "stripe_state_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stripe_account_livemode" BOOLEAN;

-- The state held so far was read at stripe_synced_at (our clock, the best bound there is).
UPDATE "creator_profiles" SET "stripe_state_at" = GREATEST("stripe_synced_at", "stripe_event_at") WHERE "stripe_account_id" IS NOT NULL;

-- Every event Stripe sent about an account is of the account's mode.
UPDATE "creator_profiles" AS p SET "stripe_account_livemode" = e."livemode"
FROM (SELECT DISTINCT ON ("account_id") "account_id", "livemode" FROM "stripe_events" ORDER BY "account_id", "received_at" DESC) AS e
WHERE e."account_id" = p."stripe_account_id";
