-- CreateIndex
CREATE INDEX "users_creator_id_created_at_idx" ON "users"("id", "created_at") WHERE (role = 'creator');
