import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { MILESTONES, nextPage } from "@/lib/onboarding/machine";
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
  const [automationRuns, emails, audit, undeliverable] = await Promise.all([
    db.automationRun.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }], take: 30 }),
    db.emailLog.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 30 }),
    db.auditLog.findMany({ where: { targetType: "user", targetId: userId }, orderBy: { at: "desc" }, take: 50, include: { actor: { select: { email: true } } } }),
    deliveryProblem(user.email),
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
    automationRuns,
    emails,
    /** Why mail to this creator is no longer sent (bounce, complaint), if it is not. */
    undeliverable,
    audit,
  };
}

export type CreatorDetail = Awaited<ReturnType<typeof creatorDetail>>;
