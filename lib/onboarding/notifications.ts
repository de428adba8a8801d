import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { asLanguage, INTL_LOCALES, translator } from "@/lib/i18n";
import { storedRequirements } from "@/lib/stripe/facts";
import { describeRequirements } from "@/lib/stripe/requirements";

// The emails onboarding sends about payouts, prepared by the outbox relay when it delivers
// them, from the creator's state at that moment.

async function creator(userId: string) {
  return db.user.findUnique({ where: { id: userId }, include: { profile: true } });
}

/** Sent once per activation (the outbox row is written by the activation's transaction). */
export async function prepareWelcomeEmail(payload: { userId: string }): Promise<PreparedEmail | null> {
  const user = await creator(payload.userId);
  if (!user || user.disabledAt) return null;
  return { userId: user.id, to: user.email, language: user.profile?.language ?? "en", content: { template: "welcome", props: { dashboard_url: `${env().FRONTEND_URL}/dashboard` } } };
}

/**
 * The admin's "send a fresh link": it points at our refresh page, which makes a new Account Link
 * when opened (Stripe's own links expire within minutes and would be dead by the time it is read).
 */
export async function preparePayoutsLinkEmail(payload: { userId: string }): Promise<PreparedEmail | null> {
  const user = await creator(payload.userId);
  if (!user || user.disabledAt || user.profile?.payoutState === "active") return null;
  return { userId: user.id, to: user.email, language: user.profile?.language ?? "en", content: { template: "payouts-link", props: { continue_url: `${env().FRONTEND_URL}/onboarding/stripe/refresh` } } };
}

/** Payouts lost after activation: what Stripe needs, in plain words, and by when. Not sent if they are back. */
export async function preparePayoutsPausedEmail(payload: { userId: string }): Promise<PreparedEmail | null> {
  const user = await creator(payload.userId);
  const profile = user?.profile;
  if (!user || !profile || user.disabledAt || !profile.payoutsPausedAt) return null;
  const language = asLanguage(profile.language);
  const t = translator(language);
  const requirements = storedRequirements(profile.stripeRequirements);
  const reasons = profile.stripeDisconnectedAt
    ? [t("payout.disconnectedReason")]
    : describeRequirements([...requirements.pastDue, ...requirements.currentlyDue], t).concat(requirements.errors.map((error) => error.reason));
  const deadline = profile.stripeCurrentDeadline?.toLocaleDateString(INTL_LOCALES[language], { dateStyle: "long", timeZone: profile.timezone });
  return {
    userId: user.id,
    to: user.email,
    language,
    content: { template: "payouts-paused", props: { reasons: reasons.length ? reasons : [t("payout.pausedGenericReason")], ...(deadline ? { deadline } : {}), continue_url: `${env().FRONTEND_URL}/onboarding/stripe/refresh` } },
  };
}
