import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { NudgeSequence, PayoutState } from "@/lib/generated/prisma/enums";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { nextPage, type Flags, type SessionState } from "@/lib/onboarding/machine";
import { storedRequirements } from "@/lib/stripe/facts";
import { enqueueEmail, enqueueJobEvent, outboxWritten } from "@/lib/outbox/write";

// Reminders that win stalled creators back, and reminders of a Stripe deadline. Every rule of
// when one is planned, cancelled or sent is here:
// - A creator *stalls* where the next move is theirs (`stallOf`). When the stall begins, its
//   sequence is planned in the same transaction (one `nudges` row per reminder, due 1, 3 and 7
//   days later: NUDGE_DELAYS_DAYS) with a `creator/nudges-planned` job event (a new account's
//   first stall when its verification email goes out, lib/auth/verification.ts); when it ends, the
//   rows still planned are cancelled with a `creator/nudges-cancelled` event, which cancels the
//   job (Inngest's cancelOn; the in-process runner does the same).
// - A Stripe deadline (current or future requirements) plans reminders 14, 3 and 1 days before
//   it (DEADLINE_REMINDER_DAYS), cancelled when Stripe no longer asks or moves the date.
// - The job sleeps until a reminder is due, then asks `sendNudge`, which sends it through the
//   outbox, or skips it for good (unsubscribed, suppressed, turned off), or names a later time:
//   daytime in the creator's zone (NUDGE_SEND_HOURS), and never two within 24 hours.

export type StallSequence = Exclude<NudgeSequence, "payouts_deadline">;

const DAY_MS = 86_400_000;
const MIN_GAP_MS = DAY_MS;

export const PLANNED_EVENT = "creator/nudges-planned";
export const CANCELLED_EVENT = "creator/nudges-cancelled";

/** The data of both job events: which plan (the nudges' trigger id), whose, and which sequence. */
export interface NudgePlanEvent {
  planId: string;
  userId: string;
  sequence: NudgeSequence;
}

/** Where a creator waits on themselves, if anywhere: the page they are on, and on payouts, what Stripe waits for. */
export function stallOf(session: SessionState, payoutState: PayoutState, flags: Flags): StallSequence | null {
  switch (nextPage(session, flags)) {
    case "verify-email":
      return "email_not_verified";
    case "terms":
      return "terms_not_accepted";
    case "profile":
      return "profile_not_filled";
    case "payouts":
      if (payoutState === "needs_information") return "payouts_need_information";
      return payoutState === "not_started" || payoutState === "in_progress" ? "payouts_not_finished" : null;
    default:
      return null;
  }
}

/** Every delay is scaled like the analyses' (AUTOMATION_DELAY_SCALE), so demos and e2e tests take seconds. */
function scaled(milliseconds: number): number {
  return milliseconds * env().AUTOMATION_DELAY_SCALE;
}

function sequenceOn(sequence: NudgeSequence): boolean {
  const current = env();
  return current.FEATURE_MARKETING_AUTOMATION && !current.NUDGE_SEQUENCES_OFF.includes(sequence);
}

/** A plan: one row per reminder, and the job event that starts its job. */
async function plan(tx: Prisma.TransactionClient, userId: string, sequence: NudgeSequence, dueDates: Date[], deadlineAt: Date | null, at: Date): Promise<void> {
  if (dueDates.length === 0) return;
  const planId = randomUUID();
  await tx.nudge.createMany({ data: dueDates.map((dueAt, index) => ({ userId, sequence, number: index + 1, triggerId: planId, dueAt, deadlineAt, createdAt: at })) });
  await enqueueJobEvent(tx, PLANNED_EVENT, { planId, userId, sequence } satisfies NudgePlanEvent);
}

function stallDueDates(at: Date): Date[] {
  return env().NUDGE_DELAYS_DAYS.map((days) => new Date(at.getTime() + scaled(days * DAY_MS)));
}

/** Cancels what is still planned in `sequence`, and tells the job engine (one event per plan). */
async function cancelPlanned(tx: Prisma.TransactionClient, userId: string, sequence: NudgeSequence, reason: string, at: Date): Promise<void> {
  const plans = await tx.$queryRaw<Array<{ trigger_id: string }>>`
    UPDATE nudges SET status = 'cancelled', reason = ${reason}, cancelled_at = ${at}
    WHERE user_id = ${userId} AND sequence = ${sequence}::"NudgeSequence" AND status = 'scheduled'
    RETURNING trigger_id`;
  for (const planId of new Set(plans.map((row) => row.trigger_id))) await enqueueJobEvent(tx, CANCELLED_EVENT, { planId, userId, sequence } satisfies NudgePlanEvent);
}

/**
 * After anything that can move a creator (a step, a payout state), inside its transaction: if
 * the stall changed, the old sequence ends (the sent reminders learn the creator moved on, for
 * the funnel) and the new one is planned.
 */
export async function syncStall(tx: Prisma.TransactionClient, userId: string, at: Date = new Date()): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM onboarding_sessions WHERE user_id = ${userId} FOR UPDATE`;
  const session = await tx.onboardingSession.findUnique({ where: { userId } });
  const profile = await tx.creatorProfile.findUnique({ where: { userId }, select: { payoutState: true } });
  if (!session || !profile) return;
  const stall = stallOf(session, profile.payoutState, onboardingFlags());
  if (stall === session.stall) return;
  // Raw SQL: the stall is bookkeeping, not the creator's activity (updated_at stays).
  await tx.$executeRaw`UPDATE onboarding_sessions SET stall = ${stall}::"NudgeSequence", stalled_at = ${stall ? at : null} WHERE user_id = ${userId}`;
  if (session.stall) {
    await cancelPlanned(tx, userId, session.stall, "moved_on", at);
    await tx.nudge.updateMany({ where: { userId, sequence: session.stall, status: "sent", movedOnAt: null }, data: { movedOnAt: at } });
  }
  if (stall && sequenceOn(stall)) await plan(tx, userId, stall, stallDueDates(at), null, at);
}

/** The earliest date by which Stripe wants something, from the current or the future requirements. */
export function stripeDeadline(profile: { stripeCurrentDeadline: Date | null; stripeFutureRequirements: unknown }): Date | null {
  const future = storedRequirements(profile.stripeFutureRequirements).currentDeadline;
  const dates = [profile.stripeCurrentDeadline?.getTime(), future ? future * 1000 : undefined].filter((value): value is number => value !== undefined);
  return dates.length ? new Date(Math.min(...dates)) : null;
}

/** After the Stripe facts were stored, inside that transaction: plans, moves or cancels the deadline's reminders. */
export async function syncDeadline(tx: Prisma.TransactionClient, userId: string, at: Date = new Date()): Promise<void> {
  const profile = await tx.creatorProfile.findUnique({ where: { userId }, select: { stripeCurrentDeadline: true, stripeFutureRequirements: true } });
  if (!profile) return;
  const deadline = stripeDeadline(profile);
  const planned = await tx.nudge.findFirst({ where: { userId, sequence: "payouts_deadline", status: { in: ["scheduled", "sent"] } }, orderBy: { createdAt: "desc" }, select: { deadlineAt: true } });
  if (planned && deadline && planned.deadlineAt?.getTime() === deadline.getTime()) return;
  if (!planned && !deadline) return;
  await cancelPlanned(tx, userId, "payouts_deadline", deadline ? "deadline_moved" : "stripe_no_longer_asks", at);
  if (!deadline || deadline <= at || !sequenceOn("payouts_deadline")) return;
  const dueDates = env()
    .DEADLINE_REMINDER_DAYS.map((days) => new Date(deadline.getTime() - days * DAY_MS))
    .filter((due) => due > at)
    .sort((a, b) => a.getTime() - b.getTime());
  // A deadline nearer than the first reminder's lead still gets one reminder, now.
  await plan(tx, userId, "payouts_deadline", dueDates.length ? dueDates : [at], deadline, at);
}

/**
 * `at` if it is daytime in `timeZone` (NUDGE_SEND_HOURS, local time), else when the next daytime
 * starts. Local hours come from the zone's rules (@date-fns/tz), so DST changes are honoured.
 */
export function nextDaytime(at: Date, timeZone: string, hours: { start: number; end: number } = env().NUDGE_SEND_HOURS): Date {
  const local = new TZDate(at.getTime(), timeZone);
  const hour = local.getHours() + local.getMinutes() / 60;
  if (hour >= hours.start && hour < hours.end) return at;
  const day = local.getDate() + (hour >= hours.end ? 1 : 0);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), day, hours.start, 0, 0, timeZone).getTime());
}

export type NudgeOutcome = { status: "sent" | "cancelled" | "skipped"; reason?: string } | { status: "later"; until: string };

type Decision = { status: "cancelled" | "skipped"; reason: string } | { status: "later"; until: Date } | { status: "send" };

interface NudgeFacts {
  nudge: { sequence: NudgeSequence; deadlineAt: Date | null };
  user: { disabledAt: Date | null; email: string; nudgeEmails: boolean; deadlineEmails: boolean };
  stall: NudgeSequence | null;
  deadline: Date | null;
  timeZone: string;
  suppressed: boolean;
  lastSentAt: Date | null;
}

/** Whether a due reminder goes now: every rule, in the order they apply. */
function decide(facts: NudgeFacts, now: Date): Decision {
  const { nudge, user } = facts;
  if (user.disabledAt) return { status: "skipped", reason: "account_disabled" };
  if (nudge.sequence === "payouts_deadline") {
    if (facts.deadline?.getTime() !== nudge.deadlineAt?.getTime()) return { status: "cancelled", reason: "stripe_no_longer_asks" };
  } else if (facts.stall !== nudge.sequence) return { status: "cancelled", reason: "moved_on" };
  if (!sequenceOn(nudge.sequence)) return { status: "skipped", reason: "turned_off" };
  if (!(nudge.sequence === "payouts_deadline" ? user.deadlineEmails : user.nudgeEmails)) return { status: "skipped", reason: "unsubscribed" };
  if (facts.suppressed) return { status: "skipped", reason: "suppressed" };
  const daytime = nextDaytime(now, facts.timeZone);
  if (daytime > now) return { status: "later", until: daytime };
  const gapEnds = facts.lastSentAt ? new Date(facts.lastSentAt.getTime() + scaled(MIN_GAP_MS)) : null;
  if (gapEnds && gapEnds > now) return { status: "later", until: gapEnds };
  return { status: "send" };
}

/**
 * Called by the job when a reminder is due (again, later, when it was postponed; `giveUp` on
 * the job's last try).
 * Idempotent: the row is locked, and a reminder already decided answers as it was decided. The
 * account's row is locked, so two sequences cannot both send within the 24-hour gap.
 */
export async function sendNudge(nudgeId: string, { now = new Date(), giveUp = false }: { now?: Date; giveUp?: boolean } = {}): Promise<NudgeOutcome> {
  const outcome = await db.$transaction(async (tx): Promise<NudgeOutcome> => {
    // The account first, then the reminder: the order in which a step's transaction takes them.
    const [owner] = await tx.$queryRaw<Array<{ id: string }>>`SELECT u.id FROM users u JOIN nudges n ON n.user_id = u.id WHERE n.id = ${nudgeId} FOR UPDATE OF u`;
    // The account was deleted (its reminders went with it).
    if (!owner) return { status: "cancelled", reason: "account_deleted" };
    await tx.$queryRaw`SELECT 1 FROM nudges WHERE id = ${nudgeId} FOR UPDATE`;
    const nudge = await tx.nudge.findUniqueOrThrow({
      where: { id: nudgeId },
      include: { user: { include: { profile: true, onboardingSession: { select: { stall: true } } } } },
    });
    if (nudge.status !== "scheduled") return { status: nudge.status === "sent" ? "sent" : nudge.status, reason: nudge.reason ?? undefined };
    const { user } = nudge;
    const [suppressed, last] = await Promise.all([
      tx.emailSuppression.count({ where: { address: user.email } }),
      tx.nudge.findFirst({ where: { userId: user.id, status: "sent" }, orderBy: { sentAt: "desc" }, select: { sentAt: true } }),
    ]);
    const decision = decide(
      {
        nudge,
        user,
        stall: user.onboardingSession?.stall ?? null,
        deadline: user.profile ? stripeDeadline(user.profile) : null,
        timeZone: user.profile?.timezone ?? "UTC",
        suppressed: suppressed > 0,
        lastSentAt: last?.sentAt ?? null,
      },
      now,
    );
    if (decision.status === "later" && !giveUp) return { status: "later", until: decision.until.toISOString() };
    if (decision.status === "send") {
      await tx.nudge.update({ where: { id: nudgeId }, data: { status: "sent", sentAt: now } });
      await enqueueEmail(tx, nudge.sequence === "payouts_deadline" ? "deadline-reminder" : "nudge", { nudgeId });
      return { status: "sent" };
    }
    // Postponed too often (the job's limit): skipped rather than sent at a bad time.
    const final = decision.status === "later" ? ({ status: "skipped", reason: "no_time_to_send" } as const) : decision;
    await tx.nudge.update({ where: { id: nudgeId }, data: { status: final.status, reason: final.reason, ...(final.status === "cancelled" ? { cancelledAt: now } : {}) } });
    return final;
  });
  if (outcome.status !== "later") metrics().nudges.inc({ outcome: outcome.status });
  if (outcome.status === "sent") outboxWritten();
  return outcome;
}

/** The reminders of a plan still to decide, in order (the job's first step). */
export async function plannedNudges(planId: string): Promise<Array<{ id: string; number: number; dueAt: string }>> {
  const rows = await db.nudge.findMany({ where: { triggerId: planId, status: "scheduled" }, orderBy: { number: "asc" }, select: { id: true, number: true, dueAt: true } });
  return rows.map((row) => ({ id: row.id, number: row.number, dueAt: row.dueAt.toISOString() }));
}

/** Plans with reminders still to decide (the in-process runner resumes them after a restart). */
export async function openPlans(): Promise<NudgePlanEvent[]> {
  const rows = await db.$queryRaw<Array<{ trigger_id: string; user_id: string; sequence: NudgeSequence }>>`
    SELECT DISTINCT trigger_id, user_id, sequence FROM nudges WHERE status = 'scheduled'`;
  return rows.map((row) => ({ planId: row.trigger_id, userId: row.user_id, sequence: row.sequence }));
}
