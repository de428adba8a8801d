import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe/client";
import { accountFacts, type AccountFacts } from "@/lib/stripe/facts";
import type { AccountPlan } from "@/lib/stripe/platform";

// The Stripe Connect calls the product makes, through the real SDK. Nothing here touches our
// database: callers decide what the answers mean.

export interface NewAccount {
  userId: string;
  email: string;
  country: string;
  plan: AccountPlan;
  /** Recorded before the call, so a retried attempt reuses the same key. */
  requestKey: string;
}

/**
 * Account parameters with controller properties (the current form of what `type: "express"`
 * meant: Stripe collects requirements, the creator gets the Express dashboard, the platform
 * pays fees and covers losses).
 */
function accountParams(account: Omit<NewAccount, "requestKey">): Stripe.AccountCreateParams {
  return {
    controller: { fees: { payer: "application" }, losses: { payments: "application" }, requirement_collection: "stripe", stripe_dashboard: { type: "express" } },
    email: account.email,
    country: account.country,
    business_type: "individual",
    capabilities: Object.fromEntries(account.plan.capabilities.map((capability) => [capability, { requested: true }])),
    ...(account.plan.serviceAgreement === "recipient" ? { tos_acceptance: { service_agreement: "recipient" } } : {}),
    metadata: { user_id: account.userId },
  };
}

/**
 * The idempotency key covers the parameters: a retry of the same attempt is the same request,
 * while changed parameters (a new country) are a new one instead of an idempotency_error.
 */
function accountIdempotencyKey(account: NewAccount, params: Stripe.AccountCreateParams): string {
  const digest = createHash("sha256").update(JSON.stringify(params)).digest("hex").slice(0, 16);
  return `ofm-account-${account.userId}-${account.requestKey}-${digest}`;
}

export async function createConnectedAccount(account: NewAccount): Promise<string> {
  const params = accountParams(account);
  const created = await stripe().accounts.create(params, { idempotencyKey: accountIdempotencyKey(account, params) });
  return created.id;
}

/**
 * An account created for this user that we failed to record (a crash between Stripe's answer
 * and our write, or an attempt with other parameters), found by its `metadata.user_id` among
 * the accounts created since the attempt.
 */
export async function findUnrecordedAccount(userId: string, since: Date): Promise<string | null> {
  const created = { gte: Math.floor(since.getTime() / 1000) - 60 };
  for await (const account of stripe().accounts.list({ created, limit: 100 })) {
    if (account.metadata?.user_id === userId) return account.id;
  }
  return null;
}

export interface AccountRead {
  facts: AccountFacts;
  /** Stripe's clock when it answered (its `Date` header): the state is from then at the latest. */
  answeredAt: Date;
}

export async function readAccount(accountId: string): Promise<AccountRead> {
  const account = await stripe().accounts.retrieve(accountId);
  const answeredAt = new Date(account.lastResponse.headers.date ?? Number.NaN);
  if (Number.isNaN(answeredAt.getTime())) throw new Error("Stripe answered without a Date header");
  return { facts: accountFacts(account), answeredAt };
}

/**
 * Stripe-hosted onboarding for the account (expires in minutes; make one per visit). It asks for
 * everything Stripe will need, future requirements included, so a creator is not stopped later.
 */
export async function createOnboardingLink(accountId: string, returnUrl: string, refreshUrl: string): Promise<string> {
  const link = await stripe().accountLinks.create({ account: accountId, type: "account_onboarding", collection_options: { fields: "eventually_due", future_requirements: "include" }, return_url: returnUrl, refresh_url: refreshUrl });
  return link.url;
}

/** A single-use link into the creator's Express dashboard (payouts, bank details, tax forms). */
export async function createDashboardLink(accountId: string): Promise<string> {
  return (await stripe().accounts.createLoginLink(accountId)).url;
}
