import type { NudgeSequence } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { asLanguage, INTL_LOCALES, translator, type MessageKey } from "@/lib/i18n";
import { storedRequirements } from "@/lib/stripe/facts";
import { describeRequirements } from "@/lib/stripe/requirements";
import { preferenceLinks } from "@/lib/onboarding/email-preferences";

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

/** Stripe's reason for a refusal, in the reader's words (every disabled_reason has one). */
function refusalWords(disabledReason: string | null, t: ReturnType<typeof translator>): string {
  const key = `payout.disabledReasons.${disabledReason ?? "rejected.other"}` as MessageKey;
  return t.has(key) ? t(key) : t("payout.disabledReasons.rejected.other");
}

/** Stripe refused the account: why, and what the creator can do. Not sent if it is no longer refused. */
export async function preparePayoutsRejectedEmail(payload: { userId: string }): Promise<PreparedEmail | null> {
  const user = await creator(payload.userId);
  const profile = user?.profile;
  if (!user || !profile || user.disabledAt || profile.payoutState !== "rejected") return null;
  const language = asLanguage(profile.language);
  return { userId: user.id, to: user.email, language, content: { template: "payouts-rejected", props: { reason: refusalWords(profile.stripeDisabledReason, translator(language)) } } };
}

/** The creator finished Stripe's pages and Stripe wants more before activation: what, and by when. */
export async function preparePayoutsNeedsInformationEmail(payload: { userId: string }): Promise<PreparedEmail | null> {
  const user = await creator(payload.userId);
  const profile = user?.profile;
  if (!user || !profile || user.disabledAt || profile.payoutState !== "needs_information") return null;
  const language = asLanguage(profile.language);
  const t = translator(language);
  const requirements = storedRequirements(profile.stripeRequirements);
  const reasons = describeRequirements([...requirements.pastDue, ...requirements.currentlyDue], t).concat(requirements.errors.map((error) => error.reason));
  const deadline = profile.stripeCurrentDeadline?.toLocaleDateString(INTL_LOCALES[language], { dateStyle: "long", timeZone: profile.timezone });
  return {
    userId: user.id,
    to: user.email,
    language,
    content: { template: "payouts-needs-information", props: { reasons: reasons.length ? reasons : [t("payout.pausedGenericReason")], ...(deadline ? { deadline } : {}), continue_url: `${env().FRONTEND_URL}/onboarding/stripe/refresh` } },
  };
}

/** Each active admin hears of a refusal, so the creator's message finds someone who knows. */
export async function prepareAdminCreatorRejectedEmail(payload: { userId: string; adminId: string }): Promise<PreparedEmail | null> {
  const [user, admin] = await Promise.all([creator(payload.userId), db.user.findUnique({ where: { id: payload.adminId } })]);
  if (!user?.profile || !admin || admin.role !== "admin" || admin.disabledAt) return null;
  const language = asLanguage(admin.emailLanguage ?? "en");
  return {
    userId: admin.id,
    to: admin.email,
    language,
    content: { template: "admin-creator-rejected", props: { creator_email: user.email, reason: refusalWords(user.profile.stripeDisabledReason, translator(language)), creator_url: `${env().FRONTEND_URL}/admin/creators/${user.id}` } },
  };
}


/** Where each stall's reminder leads: the wizard resumes at the right page (signing in first if need be). */
function continueUrlOf(sequence: NudgeSequence): string {
  const base = env().FRONTEND_URL;
  return sequence === "payouts_need_information" || sequence === "payouts_deadline" ? `${base}/onboarding/stripe/refresh` : `${base}/onboarding`;
}

/** A due reminder decided "send" (lib/onboarding/nudges.ts); not sent if the creator unsubscribed meanwhile. */
async function reminderOf(nudgeId: string) {
  const nudge = await db.nudge.findUnique({ where: { id: nudgeId }, include: { user: { include: { profile: true } } } });
  if (!nudge || nudge.user.disabledAt || !nudge.user.profile) return null;
  const wanted = nudge.sequence === "payouts_deadline" ? nudge.user.deadlineEmails : nudge.user.nudgeEmails;
  if (!wanted) return null;
  const links = preferenceLinks(nudge.user);
  return { nudge, user: nudge.user, profile: nudge.user.profile, language: asLanguage(nudge.user.profile.language), links };
}

export async function prepareNudgeEmail(payload: { nudgeId: string }): Promise<PreparedEmail | null> {
  const reminder = await reminderOf(payload.nudgeId);
  if (!reminder) return null;
  const { nudge, user, language, links } = reminder;
  const sequence = nudge.sequence;
  if (sequence === "payouts_deadline") return null;
  const total = await db.nudge.count({ where: { triggerId: nudge.triggerId } });
  return {
    userId: user.id,
    to: user.email,
    language,
    listUnsubscribe: { oneClick: links.oneClick, mailto: links.mailto },
    content: { template: "nudge", props: { sequence, number: nudge.number, total, continue_url: continueUrlOf(nudge.sequence), preferences_url: links.page } },
  };
}

export async function prepareDeadlineReminderEmail(payload: { nudgeId: string }): Promise<PreparedEmail | null> {
  const reminder = await reminderOf(payload.nudgeId);
  const deadline = reminder?.nudge.deadlineAt;
  if (!reminder || !deadline || reminder.nudge.sequence !== "payouts_deadline") return null;
  const { nudge, user, profile, language, links } = reminder;
  const t = translator(language);
  const current = storedRequirements(profile.stripeRequirements);
  const future = storedRequirements(profile.stripeFutureRequirements);
  const reasons = describeRequirements([...current.pastDue, ...current.currentlyDue, ...future.currentlyDue], t);
  return {
    userId: user.id,
    to: user.email,
    language,
    listUnsubscribe: { oneClick: links.oneClick, mailto: links.mailto },
    content: {
      template: "deadline-reminder",
      props: {
        deadline: deadline.toLocaleDateString(INTL_LOCALES[language], { dateStyle: "long", timeZone: profile.timezone }),
        reasons: reasons.length ? [...new Set(reasons)] : [t("emails.deadlineReminder.generic")],
        continue_url: continueUrlOf(nudge.sequence),
        preferences_url: links.page,
      },
    },
  };
}
