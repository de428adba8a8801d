-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OutboxStatus" ADD VALUE 'skipped';
ALTER TYPE "OutboxStatus" ADD VALUE 'dead';

-- AlterTable
ALTER TABLE "email_log" ADD COLUMN     "outbox_id" TEXT,
ADD COLUMN     "status_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "outbox_events" ADD COLUMN     "available_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "locked_until" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "email_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider_message_id" TEXT,
    "occurred_at" TIMESTAMP(3) NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL,

    CONSTRAINT "email_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_suppressions" (
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "event_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_suppressions_pkey" PRIMARY KEY ("address")
);

-- CreateIndex
CREATE INDEX "email_events_provider_message_id_idx" ON "email_events"("provider_message_id");

-- CreateIndex
CREATE INDEX "email_events_received_at_type_idx" ON "email_events"("received_at", "type");

-- CreateIndex
CREATE UNIQUE INDEX "email_log_outbox_id_key" ON "email_log"("outbox_id");

-- CreateIndex
CREATE INDEX "email_log_provider_message_id_idx" ON "email_log"("provider_message_id");

-- CreateIndex
CREATE INDEX "email_log_template_to_address_created_at_idx" ON "email_log"("template", "to_address", "created_at");

-- CreateIndex
CREATE INDEX "outbox_events_status_available_at_idx" ON "outbox_events"("status", "available_at");
