-- Sign-in tickets are gone: confirming an email signs in directly (see decision 005).
DELETE FROM "verification_tokens" WHERE "purpose" = 'sign_in';

-- AlterEnum
BEGIN;
CREATE TYPE "TokenPurpose_new" AS ENUM ('email_verify', 'password_reset');
ALTER TABLE "verification_tokens" ALTER COLUMN "purpose" TYPE "TokenPurpose_new" USING ("purpose"::text::"TokenPurpose_new");
ALTER TYPE "TokenPurpose" RENAME TO "TokenPurpose_old";
ALTER TYPE "TokenPurpose_new" RENAME TO "TokenPurpose";
DROP TYPE "public"."TokenPurpose_old";
COMMIT;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "registration_browser_hash" TEXT,
ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "sandbox_records" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_records_pkey" PRIMARY KEY ("kind","id")
);
