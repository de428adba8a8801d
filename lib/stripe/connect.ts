import type Stripe from "stripe";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { relayAfterCommit } from "@/lib/automation/outbox";
import { metrics } from "@/lib/observability/metrics";
import { applyAccountState } from "@/lib/stripe/sync";
import { sendWelcomeEmail } from "@/lib/stripe/welcome";
import { stripe } from "@/lib/stripe/client";

export interface ConnectLinks {
  returnUrl?: string;
  refreshUrl?: string;
}

/** Only our own front end may receive the creator back from Stripe: anything else is an open redirect. */
export function allowedRedirect(url: string | undefined, fallback: string, field: "return_url" | "refresh_url"): string {
  if (!url) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError("return_url_not_allowed", 400, `${field} must be an absolute URL on ${env().FRONTEND_URL}.`, { [field]: "not_allowed" });
  }
  if (parsed.origin !== new URL(env().FRONTEND_URL).origin) {
    throw new AppError("return_url_not_allowed", 400, `${field} must be on ${new URL(env().FRONTEND_URL).origin}.`, { [field]: "not_allowed" });
  }
  return parsed.toString();
}

function assertStripeEnabled(): void {
  if (!env().FEATURE_STRIPE_CONNECT) throw new AppError("feature_disabled", 404, "Stripe Connect is turned off for this agency.");
}

/**
 * The creator's Express account, created on first use. Concurrent calls for one creator are
 * serialised by an advisory lock, and the Stripe idempotency key is derived from the user id,
 * so even a crash between Stripe's answer and our write cannot create a second account.
 */
async function ensureAccount(userId: string): Promise<string> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`stripe-account:${userId}`}))`;
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true } });
      if (user.profile?.stripeAccountId) return user.profile.stripeAccountId;
      const account = await stripe().accounts.create(
        {
          type: "express",
          email: user.email,
          country: user.profile?.country ?? undefined,
          business_type: "individual",
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          metadata: { user_id: userId },
        },
        { idempotencyKey: `ofm-connect-account-${userId}` },
      );
      await tx.creatorProfile.update({ where: { userId }, data: { stripeAccountId: account.id } });
      metrics().stripeAccountsCreated.inc();
      return account.id;
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

async function createLink(accountId: string, returnUrl: string, refreshUrl: string): Promise<string> {
  const link = await stripe().accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    collection_options: { fields: "eventually_due" },
    return_url: returnUrl,
    refresh_url: refreshUrl,
  });
  return link.url;
}

/** Start or resume Stripe onboarding: the account (once) and a fresh Account Link. */
export async function startStripeOnboarding(userId: string, links: ConnectLinks = {}): Promise<{ onboardingUrl: string; accountId: string }> {
  assertStripeEnabled();
  const returnUrl = allowedRedirect(links.returnUrl, env().FRONTEND_RETURN_URL, "return_url");
  const refreshUrl = allowedRedirect(links.refreshUrl, env().FRONTEND_REFRESH_URL, "refresh_url");

  // Refuse early (before creating anything at Stripe) when earlier steps are missing.
  await db.$transaction((tx) => advanceOnboarding(tx, userId, "stripe_started", { returnUrl, refreshUrl }));
  const accountId = await ensureAccount(userId);
  return { onboardingUrl: await createLink(accountId, returnUrl, refreshUrl), accountId };
}

/** Re-reads the account from Stripe and stores what it says (return page, admin, refresh). */
export async function syncAccountFromStripe(userId: string): Promise<Stripe.Account | null> {
  const profile = await db.creatorProfile.findUnique({ where: { userId } });
  if (!profile?.stripeAccountId) return null;
  const account = await stripe().accounts.retrieve(profile.stripeAccountId);
  const sync = await applyAccountState(account, new Date());
  if (sync.activated) {
    relayAfterCommit();
    await sendWelcomeEmail(userId);
  }
  return account;
}

/** A one-time link into the creator's Stripe Express dashboard (payouts, bank details, tax forms). */
export async function expressDashboardUrl(userId: string): Promise<string> {
  assertStripeEnabled();
  const profile = await db.creatorProfile.findUnique({ where: { userId } });
  if (!profile?.stripeAccountId || !profile.stripeOnboardingCompleted) {
    throw new AppError("illegal_transition", 409, "Finish setting up payouts before opening the Stripe dashboard.");
  }
  return (await stripe().accounts.createLoginLink(profile.stripeAccountId)).url;
}
