-- CreateEnum
CREATE TYPE "NudgeSequence" AS ENUM ('email_not_verified', 'terms_not_accepted', 'profile_not_filled', 'payouts_not_finished', 'payouts_need_information', 'payouts_deadline');

-- CreateEnum
CREATE TYPE "NudgeStatus" AS ENUM ('scheduled', 'sent', 'cancelled', 'skipped');

-- AlterTable
ALTER TABLE "onboarding_sessions" ADD COLUMN     "stall" "NudgeSequence",
ADD COLUMN     "stalled_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "deadline_emails" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "nudge_emails" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "nudges" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "sequence" "NudgeSequence" NOT NULL,
    "number" SMALLINT NOT NULL,
    "trigger_id" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "deadline_at" TIMESTAMP(3),
    "status" "NudgeStatus" NOT NULL DEFAULT 'scheduled',
    "reason" TEXT,
    "sent_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "moved_on_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nudges_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "nudges_user_id_created_at_idx" ON "nudges"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "nudges_user_id_status_idx" ON "nudges"("user_id", "status");

-- CreateIndex
CREATE INDEX "nudges_sequence_sent_at_idx" ON "nudges"("sequence", "sent_at");

-- CreateIndex
CREATE UNIQUE INDEX "nudges_trigger_id_number_key" ON "nudges"("trigger_id", "number");

-- AddForeignKey
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
