import type Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { stripe } from "@/lib/stripe/client";

// Stripe's webhook events: verified on the raw body with the real SDK before anything is
// parsed, then reduced to the account they are about.

/** Events that can change what we know of a connected account. */
export const HANDLED_EVENT_TYPES = new Set(["account.updated", "capability.updated", "person.created", "person.updated", "account.application.deauthorized"]);

export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  const secret = env().stripeWebhookSecret;
  if (!secret) throw new AppError("service_unavailable", 503, "STRIPE_WEBHOOK_SECRET is not configured.");
  try {
    return stripe().webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch (error) {
    throw new AppError("signature_invalid", 400, `Webhook signature verification failed: ${(error as Error).message}`);
  }
}

/** The connected account an event is about (Connect events carry it in `account`). */
export function accountIdOf(event: Stripe.Event): string | undefined {
  if (event.account) return event.account;
  const object = event.data?.object as { id?: unknown; object?: unknown; account?: unknown } | undefined;
  if (object?.object === "account" && typeof object.id === "string") return object.id;
  return typeof object?.account === "string" ? object.account : undefined;
}

/** The account's own snapshot in an account.updated event (others carry a capability or person). */
export function accountSnapshotOf(event: Stripe.Event): Stripe.Account | null {
  const object = event.data?.object as { object?: unknown } | undefined;
  return event.type === "account.updated" && object?.object === "account" ? (object as Stripe.Account) : null;
}
