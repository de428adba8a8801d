import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/observability/logger";
import { metrics, webhookTypeLabel } from "@/lib/observability/metrics";
import { applyStripeEvent, type ApplyResult } from "@/lib/onboarding/payouts";
import { classifyStripeError } from "@/lib/stripe/errors";
import { accountIdOf, HANDLED_EVENT_TYPES, verifyStripeEvent } from "@/lib/stripe/events";

/** What a handled event comes to; counted as the webhook metric's `outcome` (with the error codes of a refused one). */
export const WEBHOOK_OUTCOMES = ["processed", "duplicate", "ignored", "failed"] as const;
type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export interface WebhookResult {
  outcome: WebhookOutcome;
  eventId?: string;
  type?: string;
  /** Why an event was ignored or failed (answered 2xx all the same, so Stripe stops retrying). */
  reason?: string;
  sync?: ApplyResult["outcome"];
}

/**
 * One webhook delivery, counted by outcome. Effects happen exactly once (applyStripeEvent
 * records the event with the state it causes). Only what a retry could fix is answered with an
 * error (Stripe then retries for up to three days); everything else is answered 2xx with the
 * reason.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  const timer = metrics().webhookSeconds.startTimer();
  let outcome = "error";
  let type: string | undefined;
  try {
    const result = await processWebhook(rawBody, signature, (eventType) => (type = eventType));
    outcome = result.reason === "livemode_mismatch" ? "livemode_mismatch" : result.outcome;
    return result;
  } catch (error) {
    if (error instanceof AppError) outcome = error.code;
    throw error;
  } finally {
    timer({ outcome });
    metrics().webhooks.inc({ type: webhookTypeLabel(type), outcome });
  }
}

async function processWebhook(rawBody: string, signature: string | null, onType: (type: string) => void): Promise<WebhookResult> {
  const event = verifyStripeEvent(rawBody, signature);
  onType(event.type);
  const answer = { eventId: event.id, type: event.type };
  // A live endpoint also receives test-mode Connect events (and the reverse): not ours to apply.
  if (event.livemode !== (env().stripeMode === "live")) return { outcome: "ignored", ...answer, reason: "livemode_mismatch" };
  if (!HANDLED_EVENT_TYPES.has(event.type)) return { outcome: "ignored", ...answer, reason: "unhandled_type" };
  const accountId = accountIdOf(event);
  if (!accountId) return { outcome: "ignored", ...answer, reason: "no_account" };

  try {
    const applied = await applyStripeEvent(event, accountId);
    if (applied.outcome === "duplicate") return { outcome: "duplicate", ...answer };
    if (applied.outcome === "unknown_account") return { outcome: "ignored", ...answer, reason: "unknown_account", sync: "unknown_account" };
    return { outcome: "processed", ...answer, sync: applied.outcome };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const failure = classifyStripeError(error);
    // Stripe refuses our read of this account and would refuse it again: answer 2xx so the
    // retries stop, and count it (the StripeWebhookFailures alert).
    if (failure?.kind === "invalid") {
      logger().error({ err: error, eventId: event.id, accountId }, "stripe webhook: Stripe refused the account read");
      return { outcome: "failed", ...answer, reason: failure.code ?? "invalid_request" };
    }
    if (failure?.kind === "transient") throw new AppError("stripe_unavailable", 503, "Stripe is not answering; retry later.", undefined, undefined, 30);
    if (failure?.kind === "misconfigured") throw new AppError("stripe_misconfigured", 503, "Stripe refused our API key; an operator must fix STRIPE_SECRET_KEY.", undefined, undefined, 60);
    logger().error({ err: error, eventId: event.id }, "stripe webhook failed");
    throw error;
  }
}
