import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AutomationStep } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { shutAccount } from "@/lib/auth/outstanding";
import { requestVerificationEmail } from "@/lib/auth/verification";
import { AUTOMATION_STEPS, runAutomationStep } from "@/lib/automation/steps";
import { AppError } from "@/lib/http/errors";
import { translator } from "@/lib/i18n";
import { isDone } from "@/lib/onboarding/machine";
import { enqueueEmail, transactionWithOutbox } from "@/lib/outbox/write";

// What an admin can do to a creator. Every action, whatever its outcome, writes exactly one
// audit_log row: who, what, to whom, when, and how it went.

export const AdminActionInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("resend_verification") }),
  z.object({ action: z.literal("send_stripe_link") }),
  z.object({ action: z.literal("rerun_automation"), step: z.enum(AUTOMATION_STEPS) }),
  z.object({ action: z.literal("disable_account") }),
  z.object({ action: z.literal("enable_account") }),
]);
export type AdminActionInput = z.infer<typeof AdminActionInput>;

export const OUTCOME_CODES = [
  "verification_sent",
  "already_verified",
  "stripe_link_sent",
  "stripe_connect_off",
  "not_at_payouts_yet",
  "payouts_already_active",
  "analysis_rerun",
  "analysis_needs_activation",
  "account_disabled",
  "account_enabled",
  "already_disabled",
  "already_enabled",
  "unexpected_failure",
] as const;
type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** What happened, as a catalogue key (`admin.outcomes.*`) and its values: worded where it is shown. */
export interface ActionOutcome {
  outcome: "success" | "failure";
  code: OutcomeCode;
  values: Record<string, string>;
  /** The same in English, for the audit log's readers outside the app (exports, SQL). */
  message: string;
}

class ActionRefused extends Error {
  constructor(readonly code: OutcomeCode) {
    super(code);
  }
}

type Done = { code: OutcomeCode; values?: Record<string, string> };

async function creatorOrThrow(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, include: { profile: true, onboardingSession: true } });
  if (!user || user.role !== "creator") throw new AppError("not_found", 404, "No creator with this id.");
  return user;
}

type Creator = Awaited<ReturnType<typeof creatorOrThrow>>;

/** Which actions make sense for this creator now: the page offers only these, the server re-checks. */
export function applicableActions(creator: { emailVerified: boolean; disabledAt: Date | null; profileCompleted: boolean; payoutState: string | null; activatedAt: Date | null }) {
  return {
    resend_verification: !creator.emailVerified,
    send_stripe_link: env().FEATURE_STRIPE_CONNECT && creator.profileCompleted && creator.payoutState !== "active",
    rerun_automation: creator.activatedAt !== null,
    disable_account: creator.disabledAt === null,
    enable_account: creator.disabledAt !== null,
  } satisfies Record<AdminActionInput["action"], boolean>;
}

async function resendVerification(creator: Creator): Promise<Done> {
  if (creator.emailVerified) throw new ActionRefused("already_verified");
  await requestVerificationEmail({ userId: creator.id });
  return { code: "verification_sent", values: { email: creator.email } };
}

async function sendStripeLink(creator: Creator): Promise<Done> {
  if (!env().FEATURE_STRIPE_CONNECT) throw new ActionRefused("stripe_connect_off");
  if (!creator.onboardingSession || !isDone(creator.onboardingSession, "profile_completed")) throw new ActionRefused("not_at_payouts_yet");
  if (creator.profile?.payoutState === "active") throw new ActionRefused("payouts_already_active");
  await transactionWithOutbox((tx) => enqueueEmail(tx, "payouts-link", { userId: creator.id }));
  return { code: "stripe_link_sent", values: { email: creator.email } };
}

async function rerunAutomation(creator: Creator, step: AutomationStep): Promise<Done> {
  if (!creator.profile?.activatedAt) throw new ActionRefused("analysis_needs_activation");
  const latest = await db.automationRun.findFirst({ where: { userId: creator.id }, orderBy: { createdAt: "desc" }, select: { triggerId: true } });
  const triggerId = latest?.triggerId ?? `admin:${randomUUID()}`;
  // Reset this step of the latest run and run it again now, synchronously.
  await db.automationRun.deleteMany({ where: { triggerId, step } });
  await runAutomationStep({ userId: creator.id, step, triggerId, attempt: 0, finalAttempt: true });
  return { code: "analysis_rerun", values: { step } };
}

async function setDisabled(creator: Creator, disabled: boolean): Promise<Done> {
  if (Boolean(creator.disabledAt) === disabled) throw new ActionRefused(disabled ? "already_disabled" : "already_enabled");
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({ where: { id: creator.id }, data: { disabledAt: disabled ? now : null } });
    // A disabled account's sessions and links end now, not when they expire.
    if (disabled) await shutAccount(tx, creator.id, now);
  });
  return { code: disabled ? "account_disabled" : "account_enabled" };
}

export async function performAdminAction(actor: Actor, userId: string, input: AdminActionInput): Promise<ActionOutcome> {
  assertAdmin(actor);
  const creator = await creatorOrThrow(userId);
  let done: Done & { outcome: ActionOutcome["outcome"] };
  try {
    const success = await (async () => {
      switch (input.action) {
        case "resend_verification":
          return resendVerification(creator);
        case "send_stripe_link":
          return sendStripeLink(creator);
        case "rerun_automation":
          return rerunAutomation(creator, input.step);
        case "disable_account":
          return setDisabled(creator, true);
        case "enable_account":
          return setDisabled(creator, false);
      }
    })();
    done = { outcome: "success", ...success };
  } catch (error) {
    // Refusals and failures alike are reported to the admin and kept in the audit log.
    done = error instanceof ActionRefused ? { outcome: "failure", code: error.code } : { outcome: "failure", code: "unexpected_failure", values: { error: (error as Error).message.slice(0, 300) } };
  }
  const values = done.values ?? {};
  const result: ActionOutcome = { outcome: done.outcome, code: done.code, values, message: translator("en")(`admin.outcomes.${done.code}`, values) };
  await db.auditLog.create({
    data: {
      actorId: actor.id,
      action: input.action,
      targetType: "user",
      targetId: userId,
      outcome: result.outcome,
      details: { code: result.code, values, message: result.message, ...(input.action === "rerun_automation" ? { step: input.step } : {}) } as Prisma.InputJsonValue,
    },
  });
  return result;
}

export const BULK_ACTIONS = ["send_stripe_link", "resend_verification"] as const;
export type BulkActionName = (typeof BULK_ACTIONS)[number];
export const BulkActionInput = z.object({
  action: z.enum(BULK_ACTIONS),
  userIds: z.array(z.string().min(1).max(64)).min(1).max(200),
});
export type BulkActionInput = z.infer<typeof BulkActionInput>;

/** The same action for each selected creator, one audit row each; how many it applied to. */
export async function performBulkAction(actor: Actor, input: BulkActionInput): Promise<{ succeeded: number; skipped: number }> {
  assertAdmin(actor);
  let succeeded = 0;
  for (const userId of new Set(input.userIds)) {
    const result = await performAdminAction(actor, userId, { action: input.action }).catch(() => null);
    if (result?.outcome === "success") succeeded += 1;
  }
  return { succeeded, skipped: new Set(input.userIds).size - succeeded };
}
