-- CreateEnum
CREATE TYPE "ContentCategory" AS ENUM ('fitness', 'lifestyle', 'fashion', 'beauty', 'cosplay', 'gaming', 'music', 'art', 'comedy', 'travel', 'cooking', 'education', 'adult');

-- Content categories: from a JSON array narrowed in code to an enum array the database checks
-- (decision 006). Values outside the taxonomy, which the code always ignored, are dropped.
CREATE FUNCTION content_categories_from_json(value jsonb) RETURNS "ContentCategory"[] AS $$
  SELECT coalesce(array_agg(item::"ContentCategory"), ARRAY[]::"ContentCategory"[])
  FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END) AS item
  WHERE item IN ('fitness', 'lifestyle', 'fashion', 'beauty', 'cosplay', 'gaming', 'music', 'art', 'comedy', 'travel', 'cooking', 'education', 'adult')
$$ LANGUAGE sql IMMUTABLE;
ALTER TABLE "creator_profiles" ALTER COLUMN "content_categories" DROP DEFAULT;
ALTER TABLE "creator_profiles" ALTER COLUMN "content_categories" TYPE "ContentCategory"[] USING content_categories_from_json("content_categories");
ALTER TABLE "creator_profiles" ALTER COLUMN "content_categories" SET DEFAULT ARRAY[]::"ContentCategory"[];
ALTER TABLE "creator_profiles" ALTER COLUMN "content_categories" SET NOT NULL;
DROP FUNCTION content_categories_from_json(jsonb);

-- The seed guide's columns that repeat the onboarding session's facts must always agree with
-- it: checked when a transaction commits (constraint triggers, deferred), whoever wrote them.
CREATE FUNCTION onboarding_facts_agree(uid text) RETURNS void AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM users u
    JOIN onboarding_sessions s ON s.user_id = u.id
    LEFT JOIN creator_profiles p ON p.user_id = u.id
    WHERE u.id = uid AND (
      u.email_verified IS DISTINCT FROM (s.email_verified_at IS NOT NULL)
      OR u.email_verified_at IS DISTINCT FROM s.email_verified_at
      OR u.accepted_terms IS DISTINCT FROM (s.terms_accepted_at IS NOT NULL)
      OR u.accepted_terms_at IS DISTINCT FROM s.terms_accepted_at
      OR u.accepted_terms_version IS DISTINCT FROM s.terms_version
      OR (p.user_id IS NOT NULL AND p.onboarding_completed IS DISTINCT FROM s.completed)
    )
  ) THEN
    RAISE EXCEPTION 'onboarding facts disagree for user % (users, onboarding_sessions and creator_profiles must say the same)', uid USING ERRCODE = 'check_violation';
  END IF;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION users_onboarding_facts_agree() RETURNS trigger AS $$
BEGIN
  PERFORM onboarding_facts_agree(NEW.id);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION related_onboarding_facts_agree() RETURNS trigger AS $$
BEGIN
  PERFORM onboarding_facts_agree(NEW.user_id);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER users_onboarding_facts AFTER INSERT OR UPDATE OF email_verified, email_verified_at, accepted_terms, accepted_terms_at, accepted_terms_version ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION users_onboarding_facts_agree();
CREATE CONSTRAINT TRIGGER sessions_onboarding_facts AFTER INSERT OR UPDATE OF email_verified_at, terms_accepted_at, terms_version, completed ON onboarding_sessions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION related_onboarding_facts_agree();
CREATE CONSTRAINT TRIGGER profiles_onboarding_facts AFTER INSERT OR UPDATE OF onboarding_completed ON creator_profiles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION related_onboarding_facts_agree();
