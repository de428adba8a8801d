import Stripe from "stripe";
import { POST as webhook } from "@/app/api/v1/webhooks/stripe/route";
import { STRIPE_SANDBOX_WEBHOOK_SECRET } from "@/lib/env";
import type { SandboxEvent } from "@/lib/sandbox/stripe";
import { callRoute } from "./http";

const signer = new Stripe("sk_test_signer_only");

/** Delivers a payload to our webhook endpoint as Stripe would, with an optional header override. */
export function deliverWebhook(payload: string, header?: string) {
  return callRoute(webhook, "POST", "/api/v1/webhooks/stripe", {
    rawBody: payload,
    headers: { "content-type": "application/json", "stripe-signature": header ?? signer.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SANDBOX_WEBHOOK_SECRET }) },
  });
}

export function deliverEvent(event: SandboxEvent) {
  return deliverWebhook(event.payload);
}

export function signWithTimestamp(payload: string, timestamp: number) {
  return signer.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SANDBOX_WEBHOOK_SECRET, timestamp });
}

/** A Stripe event of any type for an account, signed correctly. */
export function foreignEvent(type: string, accountId: string, livemode = false) {
  return JSON.stringify({ id: `evt_test_${Math.random().toString(36).slice(2)}`, object: "event", type, account: accountId, livemode, created: Math.floor(Date.now() / 1000), data: { object: { id: accountId, object: "account" } } });
}
