-- CreateIndex
CREATE INDEX "onboarding_sessions_started_at_idx" ON "onboarding_sessions"("started_at");
