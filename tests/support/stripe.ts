import Stripe from "stripe";
import { db } from "@/lib/db";
import type { AccountObject } from "@/lib/sandbox/stripe-objects";
import { POST as webhook } from "@/app/api/v1/webhooks/stripe/route";
import type { SandboxEvent } from "@/lib/sandbox/stripe";
import { callRoute } from "./http";

const signer = new Stripe("sk_test_signer_only");
const sandboxSecret = () => process.env.STRIPE_SANDBOX_WEBHOOK_SECRET!;

/** Delivers a payload to our webhook endpoint as Stripe would, with an optional header override. */
export function deliverWebhook(payload: string, header?: string) {
  return callRoute(webhook, "POST", "/api/v1/webhooks/stripe", {
    rawBody: payload,
    headers: { "content-type": "application/json", "stripe-signature": header ?? signer.webhooks.generateTestHeaderString({ payload, secret: sandboxSecret() }) },
  });
}

export function deliverEvent(event: SandboxEvent) {
  return deliverWebhook(event.payload);
}

export function signWithTimestamp(payload: string, timestamp: number) {
  return signer.webhooks.generateTestHeaderString({ payload, secret: sandboxSecret(), timestamp });
}

/** A Stripe event of any type for an account, signed correctly. */
export function foreignEvent(type: string, accountId: string, livemode = false) {
  return JSON.stringify({ id: `evt_test_${Math.random().toString(36).slice(2)}`, object: "event", type, account: accountId, livemode, created: Math.floor(Date.now() / 1000), data: { object: { id: accountId, object: "account" } } });
}

/** Every account the sandbox holds (its state is in this file's database). */
export async function sandboxAccounts(): Promise<AccountObject[]> {
  const records = await db.sandboxRecord.findMany({ where: { kind: "stripe_account" } });
  return records.map((record) => (record.data as unknown as { account: AccountObject }).account);
}
