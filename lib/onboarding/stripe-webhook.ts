import type Stripe from "stripe";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/observability/logger";
import { metrics, webhookTypeLabel } from "@/lib/observability/metrics";
import { applyStripeObservation, type ApplyResult, type StripeObservation } from "@/lib/onboarding/payouts";
import { retrieveAccountFacts } from "@/lib/stripe/accounts";
import { classifyStripeError } from "@/lib/stripe/errors";
import { accountIdOf, HANDLED_EVENT_TYPES, verifyStripeEvent } from "@/lib/stripe/events";

export type WebhookOutcome = "processed" | "duplicate" | "ignored" | "failed";

export interface WebhookResult {
  outcome: WebhookOutcome;
  eventId?: string;
  type?: string;
  /** Why an event was ignored or failed (answered 2xx all the same, so Stripe stops retrying). */
  reason?: string;
  sync?: ApplyResult["outcome"];
}

class DuplicateEvent extends Error {}

/**
 * One webhook delivery. Effects happen exactly once: the event id is recorded in stripe_events
 * in the same transaction as the state it causes, so a redelivery is a no-op. Only what a retry
 * could fix is answered with an error (Stripe then retries for up to three days); everything
 * else is answered 2xx with the reason, and counted.
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

function recordEvent(event: Stripe.Event, accountId: string, processedAt: Date) {
  return async (tx: Prisma.TransactionClient) => {
    try {
      await tx.stripeEvent.create({
        data: { id: event.id, type: event.type, accountId, livemode: event.livemode, createdAt: new Date(event.created * 1000), processedAt, payload: event as unknown as Prisma.InputJsonValue },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DuplicateEvent();
      throw error;
    }
  };
}

/**
 * Whether our stored read of the account already reflects the event: it was read from Stripe
 * after the event was created (with a second to spare, `created` having one-second precision).
 * Then applying the event needs no Stripe call; otherwise ordering is ambiguous and the
 * account is read again, so deliveries in any order converge on Stripe's current state.
 * An account that is not one of our creators' needs no read at all.
 */
async function observe(event: Stripe.Event, accountId: string): Promise<StripeObservation | "already_known" | "unknown_account"> {
  const profile = await db.creatorProfile.findUnique({ where: { stripeAccountId: accountId }, select: { stripeSyncedAt: true, stripeDisconnectedAt: true } });
  if (!profile) return "unknown_account";
  if (event.type === "account.application.deauthorized") return { kind: "disconnected", accountId };
  if (profile.stripeSyncedAt && !profile.stripeDisconnectedAt && profile.stripeSyncedAt.getTime() > event.created * 1000 + 1000) return "already_known";
  try {
    return { kind: "account", facts: await retrieveAccountFacts(accountId) };
  } catch (error) {
    // The platform cannot read the account any more (access revoked, account gone): that is
    // the news, not a failure to retry.
    if (classifyStripeError(error)?.kind === "access_lost") return { kind: "disconnected", accountId };
    throw error;
  }
}

async function processWebhook(rawBody: string, signature: string | null, onType: (type: string) => void): Promise<WebhookResult> {
  const event = verifyStripeEvent(rawBody, signature);
  onType(event.type);
  // A live endpoint also receives test-mode Connect events (and the reverse): not ours to apply.
  if (event.livemode !== (env().stripeMode === "live")) return { outcome: "ignored", eventId: event.id, type: event.type, reason: "livemode_mismatch" };
  if (!HANDLED_EVENT_TYPES.has(event.type)) return { outcome: "ignored", eventId: event.id, type: event.type, reason: "unhandled_type" };
  const accountId = accountIdOf(event);
  if (!accountId) return { outcome: "ignored", eventId: event.id, type: event.type, reason: "no_account" };

  // A redelivery is answered without calling Stripe; the unique insert below still decides
  // when two copies arrive at the same time.
  if (await db.stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } })) return { outcome: "duplicate", eventId: event.id, type: event.type };

  const observedAt = new Date();
  const eventAt = new Date(event.created * 1000);
  try {
    const observation = await observe(event, accountId);
    if (observation === "unknown_account") {
      await db.$transaction((tx) => recordEvent(event, accountId, observedAt)(tx));
      return { outcome: "ignored", eventId: event.id, type: event.type, reason: "unknown_account", sync: "unknown_account" };
    }
    if (observation === "already_known") {
      await db.$transaction(async (tx) => {
        await recordEvent(event, accountId, observedAt)(tx);
        await tx.$executeRaw`UPDATE creator_profiles SET stripe_event_at = GREATEST(stripe_event_at, ${eventAt}) WHERE stripe_account_id = ${accountId}`;
      });
      return { outcome: "processed", eventId: event.id, type: event.type, sync: "stale" };
    }
    const sync = await applyStripeObservation(observation, observedAt, { within: recordEvent(event, accountId, observedAt), eventAt });
    return { outcome: "processed", eventId: event.id, type: event.type, sync: sync.outcome };
  } catch (error) {
    if (error instanceof DuplicateEvent) return { outcome: "duplicate", eventId: event.id, type: event.type };
    const failure = classifyStripeError(error);
    if (failure?.kind === "invalid") {
      // Stripe refuses our request for this account and would refuse it again: keep the event, stop the retries.
      logger().error({ err: error, eventId: event.id, accountId }, "stripe webhook: Stripe refused the account read");
      await db.$transaction((tx) => recordEvent(event, accountId, observedAt)(tx)).catch(() => {});
      return { outcome: "failed", eventId: event.id, type: event.type, reason: failure.code ?? "invalid_request" };
    }
    if (failure?.kind === "transient") throw new AppError("stripe_unavailable", 503, "Stripe is not answering; retry later.", undefined, undefined, 30);
    if (failure?.kind === "misconfigured") throw new AppError("stripe_misconfigured", 502, "Stripe refused our API key; an operator must fix STRIPE_SECRET_KEY.");
    logger().error({ err: error, eventId: event.id }, "stripe webhook failed");
    throw error;
  }
}
