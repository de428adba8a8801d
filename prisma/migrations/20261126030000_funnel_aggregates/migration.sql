-- The admin funnel at a million creators without a cache (issue 19, decision 009): exact
-- aggregates kept by the same statements that change the onboarding sessions, read in a few
-- index lookups. Statement-level triggers with transition tables apply the net change of each
-- statement (one registration, or a million seeded creators) in a few grouped upserts.
--
-- funnel_reached        creators of a sign-up day (cohort) who reached a step; `slot` spreads
--                       today's registrations over eight rows so concurrent sign-ups do not queue
--                       on one counter (a slot may go negative; only the sum means something).
-- funnel_gaps           creators of a cohort who reached `from_step` but not `to_step`, by the
--                       day of their last activity ("stuck for a week" reads the days before).
-- funnel_durations      each creator's time between two consecutive steps (exact seconds), in a
--                       logarithmic bucket; funnel_duration_buckets counts them per bucket, so a
--                       median is found by counting buckets, then one offset read in one bucket.
-- funnel_activations    activations per day (creator_profiles.activated_at).
--
-- The steps and pairs below are the state machine's (lib/onboarding/machine.ts): every step, and
-- every pair of steps that are consecutive under some combination of feature flags.
-- tests/integration/admin/funnel-aggregates.test.ts checks them against the machine.

CREATE TABLE "funnel_reached" (
    "cohort_day" DATE NOT NULL,
    "step" TEXT NOT NULL,
    "slot" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL,
    CONSTRAINT "funnel_reached_pkey" PRIMARY KEY ("cohort_day", "step", "slot")
);

CREATE TABLE "funnel_gaps" (
    "cohort_day" DATE NOT NULL,
    "from_step" TEXT NOT NULL,
    "to_step" TEXT NOT NULL,
    "activity_day" DATE NOT NULL,
    "n" BIGINT NOT NULL,
    CONSTRAINT "funnel_gaps_pkey" PRIMARY KEY ("cohort_day", "from_step", "to_step", "activity_day")
);

CREATE TABLE "funnel_durations" (
    "user_id" TEXT NOT NULL,
    "from_step" TEXT NOT NULL,
    "to_step" TEXT NOT NULL,
    "cohort_day" DATE NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "funnel_durations_pkey" PRIMARY KEY ("user_id", "from_step", "to_step")
);
CREATE INDEX "funnel_durations_from_step_to_step_bucket_seconds_cohort_da_idx" ON "funnel_durations"("from_step", "to_step", "bucket", "seconds", "cohort_day");

CREATE TABLE "funnel_duration_buckets" (
    "from_step" TEXT NOT NULL,
    "to_step" TEXT NOT NULL,
    "cohort_day" DATE NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL,
    CONSTRAINT "funnel_duration_buckets_pkey" PRIMARY KEY ("from_step", "to_step", "cohort_day", "bucket")
);

CREATE TABLE "funnel_activations" (
    "day" DATE NOT NULL,
    "slot" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL,
    CONSTRAINT "funnel_activations_pkey" PRIMARY KEY ("day", "slot")
);

-- Buckets 10 % wide: a year of seconds in under 200 buckets.
CREATE FUNCTION funnel_bucket(seconds DOUBLE PRECISION) RETURNS SMALLINT AS $$
  SELECT (CASE WHEN seconds < 1 THEN 0 ELSE 1 + floor(ln(seconds) / ln(1.1)) END)::SMALLINT
$$ LANGUAGE sql IMMUTABLE;

-- Applies the net change between `removed` and `added` versions of sessions (the transition
-- tables of one statement). Upserts go in key order, so two transactions never deadlock on the
-- shared counters.
CREATE FUNCTION funnel_apply(removed onboarding_sessions[], added onboarding_sessions[]) RETURNS void AS $$
BEGIN
  -- Scratch tables of this connection (emptied at commit); created once, without a notice after.
  IF to_regclass('pg_temp.funnel_change') IS NULL THEN
    CREATE TEMP TABLE funnel_change (sign INT, user_id TEXT, cohort_day DATE, activity_day DATE, step TEXT, reached_at TIMESTAMP(3)) ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE funnel_pair_change (sign INT, user_id TEXT, cohort_day DATE, activity_day DATE, from_step TEXT, to_step TEXT, seconds DOUBLE PRECISION) ON COMMIT DELETE ROWS;
  END IF;
  INSERT INTO funnel_change
  SELECT r.sign, r.user_id, r.started_at::date, r.updated_at::date, t.step, t.reached_at
  FROM (SELECT -1 AS sign, * FROM unnest(removed) UNION ALL SELECT 1, * FROM unnest(added)) r
  CROSS JOIN LATERAL (VALUES
    ('registered', r.started_at),
    ('email_verified', r.email_verified_at),
    ('terms_accepted', r.terms_accepted_at),
    ('profile_completed', r.profile_completed_at),
    ('stripe_started', r.stripe_started_at),
    ('stripe_completed', r.stripe_completed_at)
  ) AS t(step, reached_at);

  INSERT INTO funnel_reached AS f (cohort_day, step, slot, n)
  SELECT cohort_day, step, floor(random() * 8)::SMALLINT, sum(sign)
  FROM funnel_change WHERE reached_at IS NOT NULL
  GROUP BY cohort_day, step HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (cohort_day, step, slot) DO UPDATE SET n = f.n + EXCLUDED.n;

  INSERT INTO funnel_pair_change
  SELECT a.sign, a.user_id, a.cohort_day, a.activity_day, p.from_step, p.to_step, extract(epoch FROM b.reached_at - a.reached_at)
  FROM (VALUES
    ('registered', 'email_verified'),
    ('registered', 'terms_accepted'),
    ('email_verified', 'terms_accepted'),
    ('terms_accepted', 'profile_completed'),
    ('profile_completed', 'stripe_started'),
    ('stripe_started', 'stripe_completed')
  ) AS p(from_step, to_step)
  JOIN funnel_change a ON a.step = p.from_step AND a.reached_at IS NOT NULL
  JOIN funnel_change b ON b.step = p.to_step AND b.user_id = a.user_id AND b.sign = a.sign;

  INSERT INTO funnel_gaps AS f (cohort_day, from_step, to_step, activity_day, n)
  SELECT cohort_day, from_step, to_step, activity_day, sum(sign)
  FROM funnel_pair_change WHERE seconds IS NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (cohort_day, from_step, to_step, activity_day) DO UPDATE SET n = f.n + EXCLUDED.n;

  INSERT INTO funnel_duration_buckets AS f (from_step, to_step, cohort_day, bucket, n)
  SELECT from_step, to_step, cohort_day, funnel_bucket(seconds), sum(sign)
  FROM funnel_pair_change WHERE seconds IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (from_step, to_step, cohort_day, bucket) DO UPDATE SET n = f.n + EXCLUDED.n;

  DELETE FROM funnel_durations d USING (
    SELECT user_id, from_step, to_step FROM funnel_pair_change WHERE seconds IS NOT NULL
    GROUP BY user_id, from_step, to_step, cohort_day, seconds HAVING sum(sign) < 0
  ) gone
  WHERE d.user_id = gone.user_id AND d.from_step = gone.from_step AND d.to_step = gone.to_step;
  INSERT INTO funnel_durations (user_id, from_step, to_step, cohort_day, bucket, seconds)
  SELECT user_id, from_step, to_step, cohort_day, funnel_bucket(seconds), seconds
  FROM funnel_pair_change WHERE seconds IS NOT NULL
  GROUP BY user_id, from_step, to_step, cohort_day, seconds HAVING sum(sign) > 0;

  DELETE FROM funnel_change;
  DELETE FROM funnel_pair_change;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION funnel_sessions_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM funnel_apply(ARRAY[]::onboarding_sessions[], ARRAY(SELECT n::onboarding_sessions FROM new_rows n));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION funnel_sessions_updated() RETURNS trigger AS $$
BEGIN
  PERFORM funnel_apply(ARRAY(SELECT o::onboarding_sessions FROM old_rows o), ARRAY(SELECT n::onboarding_sessions FROM new_rows n));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION funnel_sessions_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM funnel_apply(ARRAY(SELECT o::onboarding_sessions FROM old_rows o), ARRAY[]::onboarding_sessions[]);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER funnel_sessions_insert AFTER INSERT ON onboarding_sessions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel_sessions_inserted();
CREATE TRIGGER funnel_sessions_update AFTER UPDATE ON onboarding_sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel_sessions_updated();
CREATE TRIGGER funnel_sessions_delete AFTER DELETE ON onboarding_sessions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel_sessions_deleted();

CREATE FUNCTION funnel_activations_apply(removed creator_profiles[], added creator_profiles[]) RETURNS void AS $$
  INSERT INTO funnel_activations AS f (day, slot, n)
  SELECT day, floor(random() * 8)::SMALLINT, sum(sign) FROM (
    SELECT -1 AS sign, activated_at::date AS day FROM unnest(removed) WHERE activated_at IS NOT NULL
    UNION ALL
    SELECT 1, activated_at::date FROM unnest(added) WHERE activated_at IS NOT NULL
  ) changes
  GROUP BY day HAVING sum(sign) <> 0 ORDER BY 1, 2
  ON CONFLICT (day, slot) DO UPDATE SET n = f.n + EXCLUDED.n
$$ LANGUAGE sql;

CREATE FUNCTION funnel_profiles_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM funnel_activations_apply(ARRAY[]::creator_profiles[], ARRAY(SELECT n::creator_profiles FROM new_rows n));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION funnel_profiles_updated() RETURNS trigger AS $$
BEGIN
  PERFORM funnel_activations_apply(ARRAY(SELECT o::creator_profiles FROM old_rows o WHERE o.activated_at IS NOT NULL), ARRAY(SELECT n::creator_profiles FROM new_rows n WHERE n.activated_at IS NOT NULL));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION funnel_profiles_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM funnel_activations_apply(ARRAY(SELECT o::creator_profiles FROM old_rows o), ARRAY[]::creator_profiles[]);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER funnel_profiles_insert AFTER INSERT ON creator_profiles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel_profiles_inserted();
CREATE TRIGGER funnel_profiles_update AFTER UPDATE ON creator_profiles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel_profiles_updated();
CREATE TRIGGER funnel_profiles_delete AFTER DELETE ON creator_profiles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel_profiles_deleted();

-- What the database already holds.
SELECT funnel_apply(ARRAY[]::onboarding_sessions[], ARRAY(SELECT s FROM onboarding_sessions s));
SELECT funnel_activations_apply(ARRAY[]::creator_profiles[], ARRAY(SELECT p FROM creator_profiles p WHERE p.activated_at IS NOT NULL));
