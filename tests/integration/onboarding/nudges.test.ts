import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LocalRunner } from "@/lib/automation/local-runner";
import { registerCreator } from "@/lib/auth/register";
import { requestVerificationEmail } from "@/lib/auth/verification";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { sendNudge } from "@/lib/onboarding/nudges";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { TERMS_VERSION } from "@/lib/onboarding/terms";
import { drainOutbox } from "@/lib/outbox/relay";
import { transactionWithOutbox } from "@/lib/outbox/write";
import type { SandboxMessage } from "@/lib/sandbox/mail";
import { withEnv } from "../../support/env";
import { mailSandbox, stripeSandbox } from "../../support/integration-database";
import { deliverEvent } from "../../support/stripe";
import { createCreator, createCreatorReadyForPayouts } from "../../factories/users";

// The reminders of lib/onboarding/nudges.ts through the real paths: a step's transaction plans
// them, the relay hands the plan to the in-process runner, the runner sleeps and sends through
// the outbox; moving on cancels. The rules of a due reminder (daytime, the 24-hour gap, who may
// not get one) are checked at the instants they are about, through sendNudge's clock.

const DAY = 86_400_000;

/** A zone where it is the middle of the day right now, so a reminder due now goes now. */
function daytimeZone(now = new Date()): string {
  const zones = ["Pacific/Kiritimati", "Asia/Tokyo", "Asia/Kolkata", "Europe/Paris", "America/Sao_Paulo", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu"];
  const hourIn = (zone: string) => Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone: zone }).format(now));
  return zones.find((zone) => hourIn(zone) >= 10 && hourIn(zone) < 18)!;
}

/** A verified creator whose next move is the terms: accepting them stalls them at the profile. */
async function creatorAtTerms(profile: { timezone?: string; language?: string } = {}) {
  const creator = await createCreator({ emailVerified: true, language: profile.language });
  await db.creatorProfile.update({ where: { userId: creator.id }, data: { timezone: profile.timezone ?? daytimeZone() } });
  return creator;
}

function step(userId: string, milestone: "terms_accepted" | "profile_completed", at = new Date()) {
  return transactionWithOutbox((tx) => advanceOnboarding(tx, userId, milestone, milestone === "terms_accepted" ? { termsVersion: TERMS_VERSION } : {}, at));
}

async function plannedEvents(userId: string, name: "creator/nudges-planned" | "creator/nudges-cancelled") {
  return db.outboxEvent.findMany({ where: { name, payload: { path: ["userId"], equals: userId } }, orderBy: { createdAt: "asc" } });
}

async function messagesTo(address: string): Promise<SandboxMessage[]> {
  const response = await fetch(`${mailSandbox.url}/sandbox/messages?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { data: SandboxMessage[] }).data;
}

/**
 * Delivers what the outbox holds, this creator's job events to `runner` (the app's relay does
 * this after each commit); other tests' plans in this file's database are not this runner's.
 */
function relayTo(runner: LocalRunner, userId: string) {
  return drainOutbox({ transport: { sendJobEvents: async (events) => events.filter((event) => event.data.userId === userId).forEach((event) => runner.deliver(event)) } });
}

afterEach(() => mailSandbox.takeEvents());

describe("a stall plans its reminders, moving on cancels them", () => {
  it("a new account's reminders to verify start when its verification email goes out (not in the registration request), once however many go out", async () => {
    const email = `new-${Date.now()}@example.test`;
    await registerCreator({ email, password: "violet tram orbit canvas", timeZone: "Asia/Tokyo" });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { profile: true } });
    expect(user.profile?.timezone).toBe("Asia/Tokyo");
    expect(await db.nudge.count({ where: { userId: user.id } })).toBe(0);
    const [row] = await db.outboxEvent.findMany({ where: { name: "email/verify-email", payload: { path: ["userId"], equals: user.id } } });

    const ignoreJobEvents = { sendJobEvents: async () => {} };
    await drainOutbox({ transport: ignoreJobEvents });
    const planned = await db.nudge.findMany({ where: { userId: user.id }, orderBy: { number: "asc" } });
    expect(planned.map((nudge) => [nudge.sequence, nudge.status, nudge.dueAt.getTime() - row.createdAt.getTime()])).toEqual([
      ["email_not_verified", "scheduled", 1 * DAY],
      ["email_not_verified", "scheduled", 3 * DAY],
      ["email_not_verified", "scheduled", 7 * DAY],
    ]);
    // A resent link plans nothing more.
    await requestVerificationEmail({ userId: user.id });
    await drainOutbox({ transport: ignoreJobEvents });
    expect(await db.nudge.count({ where: { userId: user.id } })).toBe(3);
    expect(await plannedEvents(user.id, "creator/nudges-planned")).toHaveLength(1);
  });

  it("accepting the terms plans three profile reminders 1, 3 and 7 days later; filling the profile cancels what is left", async () => {
    const creator = await creatorAtTerms();
    const at = new Date();
    await step(creator.id, "terms_accepted", at);
    const planned = await db.nudge.findMany({ where: { userId: creator.id }, orderBy: { number: "asc" } });
    expect(planned.map((nudge) => [nudge.sequence, nudge.number, nudge.status, nudge.dueAt.getTime() - at.getTime()])).toEqual([
      ["profile_not_filled", 1, "scheduled", 1 * DAY],
      ["profile_not_filled", 2, "scheduled", 3 * DAY],
      ["profile_not_filled", 3, "scheduled", 7 * DAY],
    ]);
    expect((await db.onboardingSession.findUniqueOrThrow({ where: { userId: creator.id } })).stall).toBe("profile_not_filled");
    const [plannedEvent] = await plannedEvents(creator.id, "creator/nudges-planned");
    expect(plannedEvent.payload).toEqual({ planId: planned[0].triggerId, userId: creator.id, sequence: "profile_not_filled" });

    await step(creator.id, "profile_completed");
    expect((await db.nudge.findMany({ where: { triggerId: planned[0].triggerId } })).every((nudge) => nudge.status === "cancelled" && nudge.reason === "moved_on")).toBe(true);
    // The event Inngest's cancelOn matches on (async.data.planId == event.data.planId).
    const [cancelledEvent] = await plannedEvents(creator.id, "creator/nudges-cancelled");
    expect(cancelledEvent.payload).toEqual({ planId: planned[0].triggerId, userId: creator.id, sequence: "profile_not_filled" });
    // The next stall (payouts) has its own plan.
    expect(await db.nudge.count({ where: { userId: creator.id, sequence: "payouts_not_finished", status: "scheduled" } })).toBe(3);
  });

  it("under the in-process runner: the first reminder is sent in the creator's language, then moving on ends the sleeping plan at once", async () => {
    await withEnv({ AUTOMATION_DELAY_SCALE: "0.00002", NUDGE_SEQUENCES_OFF: "payouts_not_finished" }, async () => {
      const creator = await creatorAtTerms({ language: "fr" });
      await step(creator.id, "terms_accepted");
      const runner = new LocalRunner("nudge-runner");
      await relayTo(runner, creator.id);
      // Day 1 is 1.7 s here; days 3 and 7 are further off.
      await expect.poll(async () => db.nudge.count({ where: { userId: creator.id, status: "sent" } }), { timeout: 10_000 }).toBe(1);
      await relayTo(runner, creator.id);
      const [message] = await messagesTo(creator.email);
      expect(message.subject).toBe("Parlez-nous de vos contenus");
      expect(message.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

      await step(creator.id, "profile_completed");
      const started = Date.now();
      await relayTo(runner, creator.id);
      await runner.idle();
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(await db.nudge.count({ where: { userId: creator.id, status: "sent" } })).toBe(1);
      expect(await db.nudge.count({ where: { userId: creator.id, status: "cancelled" } })).toBe(2);
      expect(await messagesTo(creator.email)).toHaveLength(1);
      expect(await db.workflowLease.count({ where: { owner: "nudge-runner" } })).toBe(0);
    });
  });

  it("a plan sleeping on another instance finds its reminders cancelled when it wakes, and sends nothing", async () => {
    await withEnv({ AUTOMATION_DELAY_SCALE: "0.00002", NUDGE_SEQUENCES_OFF: "payouts_not_finished" }, async () => {
      const creator = await creatorAtTerms();
      await step(creator.id, "terms_accepted");
      const sleeper = new LocalRunner("sleeper");
      await relayTo(sleeper, creator.id);
      // The creator moves on; the cancel event goes to another instance, which has nothing to cancel.
      await step(creator.id, "profile_completed");
      await relayTo(new LocalRunner("elsewhere"), creator.id);
      await sleeper.idle();
      expect(await db.nudge.count({ where: { userId: creator.id, status: "sent" } })).toBe(0);
      expect(await db.nudge.count({ where: { userId: creator.id, status: "cancelled", reason: "moved_on" } })).toBe(3);
      expect(await messagesTo(creator.email)).toHaveLength(0);
    });
  });

  it("after a restart the runner resumes open plans that no live lease covers", async () => {
    await withEnv({ AUTOMATION_DELAY_SCALE: "0.00001" }, async () => {
      const creator = await creatorAtTerms();
      await step(creator.id, "terms_accepted");
      // The event was delivered to an instance that died: the row is sent, no lease is live.
      await drainOutbox({ transport: { sendJobEvents: async () => {} } });
      const successor = new LocalRunner("successor");
      expect(await successor.resumeUnfinished()).toBeGreaterThanOrEqual(1);
      await expect.poll(async () => db.nudge.count({ where: { userId: creator.id, status: "sent" } }), { timeout: 10_000 }).toBe(1);
      await step(creator.id, "profile_completed");
      await relayTo(successor, creator.id);
      await successor.stop();
    });
  });
});

describe("when a due reminder goes", () => {
  async function dueNudge(timezone: string) {
    const creator = await creatorAtTerms({ timezone });
    await step(creator.id, "terms_accepted");
    const nudges = await db.nudge.findMany({ where: { userId: creator.id }, orderBy: { number: "asc" } });
    return { creator, nudges };
  }

  it("at a daytime hour of the creator's zone: one due at midnight in Tokyo waits for 9:00 there", async () => {
    const { creator, nudges } = await dueNudge("Asia/Tokyo");
    expect(await sendNudge(nudges[0].id, { now: new Date("2026-12-08T15:00:00Z") })).toEqual({ status: "later", until: "2026-12-09T00:00:00.000Z" });
    // The same instant is the afternoon in London.
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { timezone: "Europe/London" } });
    expect(await sendNudge(nudges[0].id, { now: new Date("2026-12-08T15:00:00Z") })).toEqual({ status: "sent" });
    expect(await db.outboxEvent.count({ where: { name: "email/nudge", payload: { path: ["nudgeId"], equals: nudges[0].id } } })).toBe(1);
    // The job's last try after too many postponements: skipped, never sent at night.
    const { nudges: others } = await dueNudge("Asia/Tokyo");
    expect(await sendNudge(others[0].id, { now: new Date("2026-12-08T15:00:00Z"), giveUp: true })).toEqual({ status: "skipped", reason: "no_time_to_send" });
    // Asked again (a retried step), it answers as decided and writes nothing more.
    expect(await sendNudge(nudges[0].id, { now: new Date("2026-12-08T16:00:00Z") })).toEqual({ status: "sent" });
    expect(await db.outboxEvent.count({ where: { name: "email/nudge", payload: { path: ["nudgeId"], equals: nudges[0].id } } })).toBe(1);
  });

  it("across a DST change: in New York on the night the clocks go back, 9:00 is 14:00 UTC", async () => {
    const { nudges } = await dueNudge("America/New_York");
    expect(await sendNudge(nudges[0].id, { now: new Date("2026-11-01T06:00:00Z") })).toEqual({ status: "later", until: "2026-11-01T14:00:00.000Z" });
    expect(await sendNudge(nudges[0].id, { now: new Date("2026-11-01T14:00:00Z") })).toEqual({ status: "sent" });
  });

  it("never twice within 24 hours, across sequences", async () => {
    const { creator, nudges } = await dueNudge("Europe/London");
    const noon = new Date("2026-12-08T12:00:00Z");
    expect(await sendNudge(nudges[0].id, { now: noon })).toEqual({ status: "sent" });
    expect(await sendNudge(nudges[1].id, { now: new Date(noon.getTime() + 3_600_000) })).toEqual({ status: "later", until: new Date(noon.getTime() + DAY).toISOString() });
    // A deadline reminder of the same account waits too.
    const deadline = await db.nudge.create({ data: { userId: creator.id, sequence: "payouts_deadline", number: 1, triggerId: `plan-${creator.id}`, dueAt: noon, deadlineAt: null } });
    expect(await sendNudge(deadline.id, { now: new Date(noon.getTime() + 7_200_000) })).toMatchObject({ status: "later" });
    expect(await sendNudge(nudges[1].id, { now: new Date(noon.getTime() + DAY) })).toEqual({ status: "sent" });
  });

  it("never to a suppressed, unsubscribed, disabled or deleted account; a moved-on creator's is cancelled", async () => {
    const noon = new Date("2026-12-08T12:00:00Z");
    const suppressed = await dueNudge("Europe/London");
    await db.emailSuppression.create({ data: { address: suppressed.creator.email, reason: "bounced" } });
    expect(await sendNudge(suppressed.nudges[0].id, { now: noon })).toEqual({ status: "skipped", reason: "suppressed" });

    const unsubscribed = await dueNudge("Europe/London");
    await db.user.update({ where: { id: unsubscribed.creator.id }, data: { nudgeEmails: false } });
    expect(await sendNudge(unsubscribed.nudges[0].id, { now: noon })).toEqual({ status: "skipped", reason: "unsubscribed" });

    const disabled = await dueNudge("Europe/London");
    await db.user.update({ where: { id: disabled.creator.id }, data: { disabledAt: new Date() } });
    expect(await sendNudge(disabled.nudges[0].id, { now: noon })).toEqual({ status: "skipped", reason: "account_disabled" });

    const deleted = await dueNudge("Europe/London");
    await db.user.delete({ where: { id: deleted.creator.id } });
    expect(await sendNudge(deleted.nudges[0].id, { now: noon })).toEqual({ status: "cancelled", reason: "account_deleted" });

    // The stall ended in a way no event announced (an admin's fix in the database): the rule still holds.
    const moved = await dueNudge("Europe/London");
    await db.onboardingSession.update({ where: { userId: moved.creator.id }, data: { stall: null } });
    expect(await sendNudge(moved.nudges[0].id, { now: noon })).toEqual({ status: "cancelled", reason: "moved_on" });

    const turnedOff = await dueNudge("Europe/London");
    await withEnv({ NUDGE_SEQUENCES_OFF: "profile_not_filled" }, async () => {
      expect(await sendNudge(turnedOff.nudges[0].id, { now: noon })).toEqual({ status: "skipped", reason: "turned_off" });
    });
    for (const who of [suppressed, unsubscribed, disabled, turnedOff]) expect(await db.outboxEvent.count({ where: { name: "email/nudge", payload: { path: ["nudgeId"], equals: who.nudges[0].id } } })).toBe(0);
  });

  it("an email prepared after the creator unsubscribed is not sent", async () => {
    const { creator, nudges } = await dueNudge("Europe/London");
    expect(await sendNudge(nudges[0].id, { now: new Date("2026-12-08T12:00:00Z") })).toEqual({ status: "sent" });
    await db.user.update({ where: { id: creator.id }, data: { nudgeEmails: false } });
    await drainOutbox();
    expect(await messagesTo(creator.email)).toHaveLength(0);
  });
});

describe("Stripe deadline reminders", () => {
  it("a deadline 7 days ahead plans reminders 3 and 1 days before it, sent with what Stripe needs; they go once Stripe stops asking", async () => {
    const creator = await createCreatorReadyForPayouts();
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { timezone: "Europe/London" } });
    const { accountId } = await startPayoutsOnboarding(creator.id);
    for (const event of await stripeSandbox.completeOnboarding(accountId, "document_expired", { hold: true })) expect((await deliverEvent(event)).status).toBe(200);
    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    const deadline = profile.stripeCurrentDeadline!;
    const reminders = await db.nudge.findMany({ where: { userId: creator.id, sequence: "payouts_deadline" }, orderBy: { number: "asc" } });
    expect(reminders.map((reminder) => [reminder.status, deadline.getTime() - reminder.dueAt.getTime(), reminder.deadlineAt?.getTime()])).toEqual([
      ["scheduled", 3 * DAY, deadline.getTime()],
      ["scheduled", 1 * DAY, deadline.getTime()],
    ]);
    // Waiting on the creator at payouts, too: that stall has its own reminders.
    expect(await db.nudge.count({ where: { userId: creator.id, sequence: "payouts_need_information", status: "scheduled" } })).toBe(3);

    const daytime = new Date(deadline.getTime() - 3 * DAY);
    daytime.setUTCHours(12, 0, 0, 0);
    expect(await sendNudge(reminders[0].id, { now: daytime })).toEqual({ status: "sent" });
    await drainOutbox();
    // (Stripe's "needs more information" email went to the same address.)
    const message = (await messagesTo(creator.email)).find((candidate) => candidate.subject.startsWith("Stripe needs your details by "));
    if (!message) throw new Error("no deadline reminder in the mailbox");
    expect(message.text).toContain("identity document");
    expect(message.html).toContain("/onboarding/stripe/refresh");
    expect(message.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/api\/v1\/email-preferences\/unsubscribe\?token=[^>]+>, <mailto:/);

    for (const event of await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true })) expect((await deliverEvent(event)).status).toBe(200);
    expect(await db.nudge.findUniqueOrThrow({ where: { id: reminders[1].id } })).toMatchObject({ status: "cancelled", reason: "stripe_no_longer_asks" });
    expect(await db.nudge.count({ where: { userId: creator.id, status: "scheduled" } })).toBe(0);
    // The sent one learns the creator moved on, for the funnel.
    expect((await db.nudge.findFirstOrThrow({ where: { userId: creator.id, sequence: "payouts_need_information" } })).status).toBe("cancelled");
  });

  it("a moved deadline replaces its reminders; a due reminder whose deadline Stripe moved is cancelled", async () => {
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    for (const event of await stripeSandbox.completeOnboarding(accountId, "document_expired", { hold: true })) await deliverEvent(event);
    const first = await db.nudge.findFirstOrThrow({ where: { userId: creator.id, sequence: "payouts_deadline" } });
    // Stripe now wants it sooner (payouts paused, 3 days).
    for (const event of await stripeSandbox.completeOnboarding(accountId, "payouts_paused", { hold: true })) await deliverEvent(event);
    expect(await db.nudge.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "cancelled", reason: "deadline_moved" });
    const next = await db.nudge.findMany({ where: { userId: creator.id, sequence: "payouts_deadline", status: "scheduled" } });
    expect(next.length).toBeGreaterThanOrEqual(1);
    expect(next[0].triggerId).not.toBe(first.triggerId);
  });
});
