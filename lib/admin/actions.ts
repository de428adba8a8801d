import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AutomationStep } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { revokeAllSessions } from "@/lib/auth/current-user";
import { requestVerificationEmail } from "@/lib/auth/verification";
import { AUTOMATION_STEPS, runAutomationStep } from "@/lib/automation/steps";
import { AppError } from "@/lib/http/errors";
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

export interface ActionOutcome {
  outcome: "success" | "failure";
  message: string;
}

class ActionRefused extends Error {}

async function creatorOrThrow(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, include: { profile: true, onboardingSession: true } });
  if (!user || user.role !== "creator") throw new AppError("not_found", 404, "No creator with this id.");
  return user;
}

type Creator = Awaited<ReturnType<typeof creatorOrThrow>>;

async function resendVerification(creator: Creator): Promise<string> {
  if (creator.emailVerified) throw new ActionRefused("The email address is already verified.");
  await requestVerificationEmail({ userId: creator.id });
  return `A new verification link is on its way to ${creator.email}.`;
}

async function sendStripeLink(creator: Creator): Promise<string> {
  if (!env().FEATURE_STRIPE_CONNECT) throw new ActionRefused("Stripe Connect is turned off.");
  if (!creator.onboardingSession || !isDone(creator.onboardingSession, "profile_completed")) throw new ActionRefused("The creator has not reached the payouts step yet.");
  if (creator.profile?.payoutState === "active") throw new ActionRefused("Payouts are already active.");
  await transactionWithOutbox((tx) => enqueueEmail(tx, "payouts-link", { userId: creator.id }));
  return `A link to continue Stripe onboarding is on its way to ${creator.email}.`;
}

async function rerunAutomation(creator: Creator, step: AutomationStep): Promise<string> {
  if (!creator.profile?.activatedAt) throw new ActionRefused("Analyses run once payouts are active.");
  const latest = await db.automationRun.findFirst({ where: { userId: creator.id }, orderBy: { createdAt: "desc" }, select: { triggerId: true } });
  const triggerId = latest?.triggerId ?? `admin:${randomUUID()}`;
  // Reset this step of the latest run and run it again now, synchronously.
  await db.automationRun.deleteMany({ where: { triggerId, step } });
  await runAutomationStep({ userId: creator.id, step, triggerId, attempt: 0, finalAttempt: true });
  return `The ${step.replace("_", " ")} analysis was run again.`;
}

async function setDisabled(creator: Creator, disabled: boolean): Promise<string> {
  if (Boolean(creator.disabledAt) === disabled) throw new ActionRefused(`The account is already ${disabled ? "disabled" : "enabled"}.`);
  await db.user.update({ where: { id: creator.id }, data: { disabledAt: disabled ? new Date() : null } });
  // A disabled account's sessions end now, not when their cookies expire.
  if (disabled) await revokeAllSessions(creator.id);
  return disabled ? "The account is disabled: the creator is signed out and can no longer sign in." : "The account is enabled again.";
}

export async function performAdminAction(actor: Actor, userId: string, input: AdminActionInput): Promise<ActionOutcome> {
  assertAdmin(actor);
  const creator = await creatorOrThrow(userId);
  let result: ActionOutcome;
  try {
    const message = await (async () => {
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
    result = { outcome: "success", message };
  } catch (error) {
    // Refusals and failures alike are reported to the admin and kept in the audit log.
    result = { outcome: "failure", message: (error as Error).message };
  }
  await db.auditLog.create({
    data: {
      actorId: actor.id,
      action: input.action,
      targetType: "user",
      targetId: userId,
      outcome: result.outcome,
      details: { message: result.message, ...(input.action === "rerun_automation" ? { step: input.step } : {}) } as Prisma.InputJsonValue,
    },
  });
  return result;
}
