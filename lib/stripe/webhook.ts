import type Stripe from "stripe";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { relayAfterCommit } from "@/lib/automation/outbox";
import { logger } from "@/lib/observability/logger";
import { metrics, webhookTypeLabel } from "@/lib/observability/metrics";
import { stripe } from "@/lib/stripe/client";
import { sendWelcomeEmail } from "@/lib/stripe/welcome";
import { applyAccountState, type SyncOutcome } from "@/lib/stripe/sync";

export const HANDLED_EVENT_TYPES = new Set(["account.updated", "capability.updated", "person.created"]);

export type WebhookOutcome = "processed" | "duplicate" | "ignored";

export interface WebhookResult {
  outcome: WebhookOutcome;
  eventId?: string;
  type?: string;
  sync?: SyncOutcome;
}

class DuplicateEvent extends Error {}

/** Verifies the signature on the raw body (with the real SDK) before anything is parsed. */
export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  const secret = env().stripeWebhookSecret;
  if (!secret) throw new AppError("service_unavailable", 503, "STRIPE_WEBHOOK_SECRET is not configured.");
  try {
    return stripe().webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch (error) {
    throw new AppError("signature_invalid", 400, `Webhook signature verification failed: ${(error as Error).message}`);
  }
}

function accountIdOf(event: Stripe.Event): string | undefined {
  if (event.account) return event.account;
  const object = event.data.object as { id?: string; object?: string; account?: string };
  return object.object === "account" ? object.id : object.account;
}

/**
 * One webhook delivery. Effects happen exactly once: the event id is recorded in
 * stripe_events in the same transaction as the state it causes, so a redelivery is a no-op.
 * The account is re-read from Stripe instead of trusting the event's snapshot, so deliveries
 * in any order converge on Stripe's current state.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  const timer = metrics().webhookSeconds.startTimer();
  let outcome = "error";
  let type: string | undefined;
  try {
    const result = await processWebhook(rawBody, signature, (eventType) => (type = eventType));
    outcome = result.outcome;
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
  if (event.livemode !== (env().stripeMode === "live")) {
    throw new AppError("livemode_mismatch", 400, `A ${event.livemode ? "live" : "test"} event was sent to an endpoint running in ${env().stripeMode} mode.`);
  }
  if (!HANDLED_EVENT_TYPES.has(event.type)) return { outcome: "ignored", eventId: event.id, type: event.type };
  const accountId = accountIdOf(event);
  if (!accountId) return { outcome: "ignored", eventId: event.id, type: event.type };

  // A redelivery is answered without calling Stripe; the unique insert below still decides
  // when two copies arrive at the same time.
  if (await db.stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } })) return { outcome: "duplicate", eventId: event.id, type: event.type };

  const observedAt = new Date();
  const account = await stripe().accounts.retrieve(accountId);
  try {
    const sync = await applyAccountState(account, observedAt, async (tx) => {
      try {
        await tx.stripeEvent.create({
          data: {
            id: event.id,
            type: event.type,
            accountId,
            livemode: event.livemode,
            createdAt: new Date(event.created * 1000),
            processedAt: observedAt,
            payload: event as unknown as Prisma.InputJsonValue,
          },
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DuplicateEvent();
        throw error;
      }
    });
    if (sync.activated && sync.userId) {
      relayAfterCommit();
      await sendWelcomeEmail(sync.userId);
    }
    return { outcome: "processed", eventId: event.id, type: event.type, sync: sync.outcome };
  } catch (error) {
    if (error instanceof DuplicateEvent) return { outcome: "duplicate", eventId: event.id, type: event.type };
    logger().error({ err: error, eventId: event.id }, "stripe webhook failed");
    throw error;
  }
}
