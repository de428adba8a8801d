import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { isDone, MILESTONES, nextPage } from "@/lib/onboarding/machine";
import { applicableActions } from "@/lib/admin/actions";
import { stripeDashboardAccountUrl } from "@/lib/stripe/links";
import { deliveryProblem } from "@/lib/email/delivery-events";
import { payoutView } from "@/lib/onboarding/wizard";
import { assertAdmin, type Actor } from "@/lib/admin/guard";

/** Everything the admin's creator page shows, in one read. */
export async function creatorDetail(actor: Actor, userId: string) {
  assertAdmin(actor);
  const user = await db.user.findUnique({ where: { id: userId }, include: { profile: true, onboardingSession: true } });
  if (!user || user.role !== "creator" || !user.profile || !user.onboardingSession) throw new AppError("not_found", 404, "No creator with this id.");
  const flags = onboardingFlags();
  const session = user.onboardingSession;
  const [automationRuns, emails, audit, undeliverable, notes, tags, sameHandle, nudges] = await Promise.all([
    db.automationRun.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }], take: 30 }),
    db.emailLog.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 30 }),
    db.auditLog.findMany({ where: { targetType: "user", targetId: userId }, orderBy: { at: "desc" }, take: 50, include: { actor: { select: { email: true } } } }),
    deliveryProblem(user.email),
    db.creatorNote.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 100, include: { author: { select: { email: true } } } }),
    db.creatorTag.findMany({ where: { userId }, orderBy: { tag: "asc" }, select: { tag: true } }),
    user.profile.onlyfansHandle
      ? db.creatorProfile.findMany({ where: { onlyfansHandle: user.profile.onlyfansHandle, userId: { not: userId } }, take: 10, select: { userId: true, user: { select: { email: true } } } })
      : Promise.resolve([]),
    db.nudge.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { number: "asc" }], take: 30, select: { id: true, sequence: true, number: true, dueAt: true, status: true, reason: true, sentAt: true, cancelledAt: true } }),
  ]);
  const timeline = [
    { step: "registered", at: session.startedAt as Date | null },
    ...MILESTONES.filter((definition) => definition.appliesWhen(flags)).map((definition) => ({ step: definition.milestone as string, at: session[definition.timestamp] })),
    { step: "completed", at: session.completedAt },
  ];
  return {
    user: { id: user.id, email: user.email, emailVerified: user.emailVerified, disabledAt: user.disabledAt, createdAt: user.createdAt, acceptedTermsVersion: user.acceptedTermsVersion },
    profile: user.profile,
    session,
    page: nextPage(session, flags),
    timeline,
    payout: payoutView(user.profile),
    actions: applicableActions({ emailVerified: user.emailVerified, disabledAt: user.disabledAt, profileCompleted: isDone(session, "profile_completed"), payoutState: user.profile.payoutState, activatedAt: user.profile.activatedAt }),
    stripeDashboardUrl: user.profile.stripeAccountId ? stripeDashboardAccountUrl(user.profile.stripeAccountId) : null,
    publicProfileUrl: user.profile.onlyfansHandle ? `https://onlyfans.com/${encodeURIComponent(user.profile.onlyfansHandle)}` : null,
    /** Other creators with the same OnlyFans handle (a typo, a duplicate account, or an impostor). */
    sameHandle: sameHandle.map((other) => ({ id: other.userId, email: other.user.email })),
    notes,
    tags: tags.map((entry) => entry.tag),
    automationRuns,
    /** Reminders planned, sent, cancelled or skipped (lib/onboarding/nudges.ts), newest plan first. */
    nudges,
    emails,
    /** Why mail to this creator is no longer sent (bounce, complaint), if it is not. */
    undeliverable,
    audit,
  };
}
