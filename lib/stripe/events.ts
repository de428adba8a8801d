import type Stripe from "stripe";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { stripe } from "@/lib/stripe/client";

// Stripe's webhook events: verified on the raw body with the real SDK before anything is
// parsed, then reduced to the account they are about.

/** Events that can change what we know of a connected account. */
export const HANDLED_EVENT_TYPES = new Set(["account.updated", "capability.updated", "person.created", "person.updated", "account.application.deauthorized"]);

/**
 * The envelope every Stripe event has (Stripe's OpenAPI `event`: id, type, created, livemode,
 * data.object), checked after the signature: a signed body that is not an event is refused,
 * never half-read.
 */
const EventEnvelope = z.looseObject({
  id: z.string().min(1).max(255),
  object: z.literal("event"),
  type: z.string().min(1).max(255),
  created: z.number().int().min(0).max(32_503_680_000),
  livemode: z.boolean(),
  account: z.string().max(255).optional(),
  data: z.looseObject({ object: z.record(z.string(), z.unknown()) }),
});

export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  const secret = env().stripeWebhookSecret;
  if (!secret) throw new AppError("service_unavailable", 503, "STRIPE_WEBHOOK_SECRET is not configured.");
  let event: unknown;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch (error) {
    throw new AppError("signature_invalid", 400, `Webhook signature verification failed: ${(error as Error).message}`);
  }
  if (!EventEnvelope.safeParse(event).success) throw new AppError("invalid_body", 400, "The body is not a Stripe event (id, object, type, created, livemode, data.object).");
  // PostgreSQL text cannot hold NUL, and Stripe never sends one: such a body is not stored.
  if (/\\u0000|\u0000/.test(rawBody)) throw new AppError("invalid_body", 400, "The event contains a NUL character.");
  return event as Stripe.Event;
}

/** The connected account an event is about (Connect events carry it in `account`). */
export function accountIdOf(event: Stripe.Event): string | undefined {
  if (event.account) return event.account;
  const object = event.data?.object as { id?: unknown; object?: unknown; account?: unknown } | undefined;
  if (object?.object === "account" && typeof object.id === "string") return object.id;
  return typeof object?.account === "string" ? object.account : undefined;
}
