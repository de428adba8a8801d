-- CreateEnum
CREATE TYPE "PayoutState" AS ENUM ('not_started', 'in_progress', 'needs_information', 'verifying', 'under_review', 'active', 'paused', 'rejected', 'disconnected');

-- AlterTable
ALTER TABLE "creator_profiles" ADD COLUMN     "payout_state" "PayoutState" NOT NULL DEFAULT 'not_started',
ADD COLUMN     "payouts_paused_at" TIMESTAMP(3),
ADD COLUMN     "stripe_account_request_key" TEXT,
ADD COLUMN     "stripe_account_requested_at" TIMESTAMP(3),
ADD COLUMN     "stripe_current_deadline" TIMESTAMP(3),
ADD COLUMN     "stripe_disconnected_at" TIMESTAMP(3),
ADD COLUMN     "stripe_event_at" TIMESTAMP(3),
ADD COLUMN     "stripe_future_requirements" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "stripe_requirements" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "creator_profiles_payout_state_idx" ON "creator_profiles"("payout_state");

-- Backfill the stored payout state from the facts already synced (the rules of
-- lib/stripe/payout-state.ts for the fields that existed until now).
UPDATE "creator_profiles" p SET "payout_state" = (CASE
  WHEN p.stripe_account_id IS NULL THEN 'not_started'
  WHEN p.stripe_charges_enabled AND p.stripe_payouts_enabled THEN 'active'
  WHEN p.stripe_disabled_reason LIKE 'rejected%' THEN 'rejected'
  WHEN p.activated_at IS NOT NULL THEN 'paused'
  WHEN p.stripe_disabled_reason IN ('under_review', 'listed', 'platform_paused', 'other') THEN 'under_review'
  WHEN jsonb_array_length(p.stripe_requirements_due) > 0 AND (p.stripe_onboarding_completed OR p.stripe_disabled_reason IS NOT NULL) THEN 'needs_information'
  WHEN NOT p.stripe_onboarding_completed THEN 'in_progress'
  ELSE 'verifying' END)::"PayoutState";
UPDATE "creator_profiles" SET "payouts_paused_at" = "updated_at" WHERE "payout_state" = 'paused';
