-- DropIndex
DROP INDEX "creator_profiles_language_idx";

-- DropIndex
DROP INDEX "creator_profiles_payout_state_idx";

-- DropIndex
DROP INDEX "users_created_at_idx";

-- CreateIndex
CREATE INDEX "creator_profiles_language_user_id_idx" ON "creator_profiles"("language", "user_id");

-- CreateIndex
CREATE INDEX "creator_profiles_payout_state_user_id_idx" ON "creator_profiles"("payout_state", "user_id");

-- CreateIndex
CREATE INDEX "onboarding_sessions_current_step_user_id_idx" ON "onboarding_sessions"("current_step", "user_id");

-- CreateIndex
CREATE INDEX "onboarding_sessions_updated_at_user_id_idx" ON "onboarding_sessions"("updated_at", "user_id");

-- CreateIndex
CREATE INDEX "users_created_at_id_idx" ON "users"("created_at", "id");
