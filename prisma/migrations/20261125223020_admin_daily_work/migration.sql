-- Trigram matching for the admin's substring search (shipped with PostgreSQL's contrib, present in
-- the embedded server and every managed PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "creator_notes" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "author_id" TEXT,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "creator_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "creator_tags" (
    "user_id" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "creator_tags_pkey" PRIMARY KEY ("user_id","tag")
);

-- CreateTable
CREATE TABLE "saved_views" (
    "id" TEXT NOT NULL,
    "admin_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "creator_notes_user_id_created_at_idx" ON "creator_notes"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "creator_tags_tag_idx" ON "creator_tags"("tag");

-- CreateIndex
CREATE UNIQUE INDEX "saved_views_admin_id_name_key" ON "saved_views"("admin_id", "name");

-- CreateIndex
CREATE INDEX "creator_profiles_handle_trgm_idx" ON "creator_profiles" USING GIN ("onlyfans_handle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_email_trgm_idx" ON "users" USING GIN ("email" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "creator_notes" ADD CONSTRAINT "creator_notes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "creator_notes" ADD CONSTRAINT "creator_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "creator_tags" ADD CONSTRAINT "creator_tags_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_admin_id_fkey" FOREIGN KEY ("admin_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
