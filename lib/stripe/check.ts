import type Stripe from "stripe";
import { env } from "@/lib/env";
import { stripe, STRIPE_API_VERSION } from "@/lib/stripe/client";
import { HANDLED_EVENT_TYPES } from "@/lib/stripe/events";
import { classifyStripeError } from "@/lib/stripe/errors";

export interface StripeCheck {
  mode: "sandbox" | "test" | "live";
  reachable: boolean;
  accountId?: string;
  accountName?: string;
  webhookSecret: "configured" | "sandbox" | "missing";
  error?: string;
}

/** The seed's "test the Stripe connection": key mode, platform account reachable, webhook secret. */
export async function checkStripe(): Promise<StripeCheck> {
  const current = env();
  const webhookSecret = current.STRIPE_WEBHOOK_SECRET ? "configured" : current.stripeMode === "sandbox" ? "sandbox" : "missing";
  try {
    const account = await stripe().accounts.retrieveCurrent();
    const name = (account.settings?.dashboard as { display_name?: string } | undefined)?.display_name ?? account.business_profile?.name ?? undefined;
    return { mode: current.stripeMode, reachable: true, accountId: account.id, accountName: name ?? undefined, webhookSecret };
  } catch (error) {
    return { mode: current.stripeMode, reachable: false, webhookSecret, error: (error as Error).message };
  }
}

let keyWorkedAt: number | undefined;

/**
 * Whether the platform's own key reaches its Stripe account (GET /v1/account). Asked when an
 * account answers 403 or resource_missing: with a key that works, that is the creator gone; with
 * one that does not (rolled, restricted without Connect access), every creator would look gone.
 * A key that worked is trusted for STRIPE_KEY_CHECK_SECONDS; one that did not is asked again.
 */
export async function platformKeyWorks(now = Date.now()): Promise<boolean> {
  if (keyWorkedAt !== undefined && now - keyWorkedAt < env().STRIPE_KEY_CHECK_SECONDS * 1000) return true;
  try {
    await stripe().accounts.retrieveCurrent();
  } catch (error) {
    if (classifyStripeError(error)?.kind === "transient") throw error;
    keyWorkedAt = undefined;
    return false;
  }
  keyWorkedAt = now;
  return true;
}

/**
 * What is wrong with the Connect webhook endpoint Stripe holds for `url` (GET
 * /v1/webhook_endpoints), against what the app needs: enabled, listening to connected accounts,
 * the five events, and our API version so events carry objects of the shape our reads get.
 * Empty when nothing is.
 */
export async function webhookEndpointProblems(url: string): Promise<string[]> {
  const endpoints: Stripe.WebhookEndpoint[] = [];
  for await (const endpoint of stripe().webhookEndpoints.list({ limit: 100 })) endpoints.push(endpoint);
  const atUrl = endpoints.filter((endpoint) => endpoint.url === url);
  if (atUrl.length === 0) return [`no endpoint for ${url} (Stripe has ${endpoints.length ? endpoints.map((endpoint) => endpoint.url).join(", ") : "none"})`];
  const endpoint = atUrl.find((candidate) => candidate.application !== null) ?? atUrl[0];
  const problems: string[] = [];
  if (endpoint.application === null) problems.push(`${endpoint.id} listens to the platform's own events, not connected accounts'`);
  if (endpoint.status !== "enabled") problems.push(`${endpoint.id} is ${endpoint.status}`);
  const missing = endpoint.enabled_events.includes("*") ? [] : [...HANDLED_EVENT_TYPES].filter((type) => !endpoint.enabled_events.includes(type));
  if (missing.length) problems.push(`${endpoint.id} does not send ${missing.join(", ")}`);
  if (endpoint.api_version !== STRIPE_API_VERSION) problems.push(`${endpoint.id} renders events at API version ${endpoint.api_version ?? "(the account's default)"}, not ${STRIPE_API_VERSION}`);
  return problems;
}
