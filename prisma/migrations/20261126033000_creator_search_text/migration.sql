-- The admin's search ("anywhere in the email or handle") on one column of one table, so the
-- planner can pick per search: the trigram index for a rare term, or the newest-first walk with
-- a filter for a common one ("gmail" matches one creator in seven; with the email and the handle
-- in two tables, every match had to be gathered and joined, about a second at a million).
-- Kept by the database: the users trigger when the email changes, the profiles trigger (per
-- statement) when a handle does. The newline never appears in a search, so a match cannot
-- straddle the email and the handle.
ALTER TABLE "users" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT '';

-- A bulk insert that already wrote the right text (the demo seed) is taken as it is.
CREATE FUNCTION users_search_text() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.search_text <> '' AND (NEW.search_text = NEW.email OR NEW.search_text LIKE NEW.email || E'\n%') THEN
    RETURN NEW;
  END IF;
  NEW.search_text := NEW.email || coalesce(E'\n' || (SELECT onlyfans_handle FROM creator_profiles WHERE user_id = NEW.id), '');
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER users_search_text BEFORE INSERT OR UPDATE OF email ON users FOR EACH ROW EXECUTE FUNCTION users_search_text();

CREATE FUNCTION profiles_search_text() RETURNS trigger AS $$
BEGIN
  UPDATE users u SET search_text = u.email || coalesce(E'\n' || n.onlyfans_handle, '')
  FROM new_rows n
  WHERE u.id = n.user_id AND u.search_text IS DISTINCT FROM u.email || coalesce(E'\n' || n.onlyfans_handle, '');
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER profiles_search_text_insert AFTER INSERT ON creator_profiles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION profiles_search_text();
CREATE TRIGGER profiles_search_text_update AFTER UPDATE ON creator_profiles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION profiles_search_text();

UPDATE users u SET search_text = u.email || coalesce(E'\n' || p.onlyfans_handle, '') FROM creator_profiles p WHERE p.user_id = u.id;
UPDATE users SET search_text = email WHERE search_text = '';

DROP INDEX "users_email_trgm_idx";
DROP INDEX "creator_profiles_handle_trgm_idx";
CREATE INDEX "users_search_text_trgm_idx" ON "users" USING GIN ("search_text" gin_trgm_ops);
