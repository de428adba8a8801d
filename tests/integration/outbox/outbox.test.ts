import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as resendWebhook } from "@/app/api/v1/webhooks/resend/route";
import { requestVerificationEmail } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { deliverEmail } from "@/lib/email/send";
import { drainOutbox, LEASE_SECONDS, MAX_ATTEMPTS } from "@/lib/outbox/relay";
import type { SignedMailEvent } from "@/lib/sandbox/mail";
import { callRoute } from "../../support/http";
import { mailSandbox } from "../../support/integration-database";
import { emailsTo } from "../../support/mailbox";
import { createCreator, uniqueEmail } from "../../factories/users";

const PASSWORD = "violet tram orbit canvas";

function registerAs(email: string) {
  return callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: PASSWORD } });
}

/** The sandbox's messages to an address, without delivering the outbox first. */
async function inMailbox(address: string) {
  const response = await fetch(`${mailSandbox.url}/sandbox/messages?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { data: Array<{ id: string; to: string[] }> }).data.filter((message) => message.to.includes(address));
}

function deliverMailEvent(event: SignedMailEvent, headers: Record<string, string> = event.headers) {
  return callRoute(resendWebhook, "POST", "/api/v1/webhooks/resend", { rawBody: event.payload, headers });
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

// These tests count what a drain delivers: the reminder plan of a first verification email (a job event,
// tests/integration/onboarding/nudges.test.ts) would be one more row in every count.
beforeAll(() => {
  process.env.NUDGE_SEQUENCES_OFF = "email_not_verified";
  resetEnvCache();
});
afterAll(() => {
  delete process.env.NUDGE_SEQUENCES_OFF;
  resetEnvCache();
});

describe("emails through the outbox", () => {
  it("with the email provider down, registration answers 201 in normal time, and the email goes out once when it is back", async () => {
    const baseline = performance.now();
    expect((await registerAs(uniqueEmail())).status).toBe(201);
    const normal = performance.now() - baseline;
    await drainOutbox();

    mailSandbox.setFault({ mode: "down" });
    const email = uniqueEmail();
    const started = performance.now();
    expect((await registerAs(email)).status).toBe(201);
    expect(performance.now() - started).toBeLessThan(Math.max(normal * 3, 200));
    try {
      expect(await drainOutbox()).toMatchObject({ sent: 0, failed: 1 });
      expect(await inMailbox(email)).toHaveLength(0);
      const row = await db.outboxEvent.findFirstOrThrow({ where: { name: "email/verify-email", payload: { path: ["userId"], equals: (await db.user.findUniqueOrThrow({ where: { email } })).id } } });
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row.lastError).toContain("application_error");
    } finally {
      mailSandbox.setFault({ mode: "none" });
    }
    expect((await drainOutbox({ now: later(60) })).sent).toBe(1);
    expect((await drainOutbox({ now: later(3600) })).sent).toBe(0);
    expect(await inMailbox(email)).toHaveLength(1);
  });

  it("a relay that dies after sending leaves the row to the next one, and the email still goes out once", async () => {
    const creator = await createCreator();
    await requestVerificationEmail({ userId: creator.id });
    // The first relay sends, then "dies" before it can mark the row (its promise never settles).
    let sent!: () => void;
    const sending = new Promise<void>((resolve) => (sent = resolve));
    void drainOutbox({
      transport: {
        sendEmail: async (id, email) => {
          await deliverEmail(id, email);
          sent();
          return new Promise(() => {});
        },
      },
    });
    await sending;
    expect(await inMailbox(creator.email)).toHaveLength(1);
    // Its lease still holds: nobody else touches the row…
    expect((await drainOutbox()).sent).toBe(0);
    // …until it expires: another relay delivers the row again, with the same idempotency key and body.
    expect((await drainOutbox({ now: later(LEASE_SECONDS + 1) })).sent).toBe(1);
    expect(await inMailbox(creator.email)).toHaveLength(1);
    expect(await db.emailLog.count({ where: { userId: creator.id, template: "verify-email" } })).toBe(1);
    const row = await db.outboxEvent.findFirstOrThrow({ where: { name: "email/verify-email", payload: { path: ["userId"], equals: creator.id } } });
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("never holds a transaction across the network call: a stalled provider does not stop another relay", async () => {
    const first = await createCreator();
    await requestVerificationEmail({ userId: first.id });
    let stalled!: () => void;
    const stalling = new Promise<void>((resolve) => (stalled = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const stuck = drainOutbox({
      limit: 1,
      transport: {
        sendEmail: async (id, email) => {
          stalled();
          await released;
          return deliverEmail(id, email);
        },
      },
    });
    await stalling;

    // While it waits on the provider, nothing of ours sits idle inside a transaction…
    const [{ count }] = await db.$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    expect(count).toBe(0);
    // …and another relay delivers a later row at once.
    const second = await createCreator();
    await requestVerificationEmail({ userId: second.id });
    expect((await drainOutbox()).sent).toBe(1);
    expect(await inMailbox(second.email)).toHaveLength(1);

    release();
    expect((await stuck).sent).toBe(1);
    expect(await inMailbox(first.email)).toHaveLength(1);
  });

  it("a row that keeps failing ends as dead with its last error, and can be queued again", async () => {
    const creator = await createCreator();
    await requestVerificationEmail({ userId: creator.id });
    mailSandbox.setFault({ mode: "down" });
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) await drainOutbox({ now: later(3600 * (attempt + 1)) });
    } finally {
      mailSandbox.setFault({ mode: "none" });
    }
    const row = await db.outboxEvent.findFirstOrThrow({ where: { name: "email/verify-email", payload: { path: ["userId"], equals: creator.id } } });
    expect(row).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS });
    expect(row.lastError).toContain("temporarily unavailable");
    const { requeueDeadRows } = await import("@/lib/outbox/relay");
    expect(await requeueDeadRows([row.id])).toBe(1);
    expect((await drainOutbox()).sent).toBe(1);
    expect(await inMailbox(creator.email)).toHaveLength(1);
  });

  it("an email to a verified address is skipped, not sent", async () => {
    const creator = await createCreator({ emailVerified: true });
    await db.outboxEvent.create({ data: { name: "email/verify-email", payload: { userId: creator.id } } });
    expect(await drainOutbox()).toMatchObject({ sent: 0, skipped: 1 });
    expect(await inMailbox(creator.email)).toHaveLength(0);
  });
});

describe("deliverability from Resend's webhooks", () => {
  async function sentTo(email: string) {
    expect((await registerAs(email)).status).toBe(201);
    await emailsTo(email);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return { user, events: mailSandbox.takeEvents().filter((event) => event.payload.includes(email)) };
  }

  it("records delivery on the email's log row", async () => {
    const { user, events } = await sentTo(uniqueEmail());
    expect(events.map((event) => event.type)).toEqual(["email.sent", "email.delivered"]);
    for (const event of events) expect((await deliverMailEvent(event)).body.data).toMatchObject({ outcome: "processed" });
    expect(await db.emailLog.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "delivered" });
    // An older event arriving late never overwrites a newer status.
    const [sent] = events;
    await db.emailEvent.delete({ where: { id: `resend:${sent.id}` } });
    await deliverMailEvent(sent);
    expect(await db.emailLog.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "delivered" });
  });

  it("a hard bounce suppresses the address: no further mail goes to it", async () => {
    const email = `bounced+${uniqueEmail().split("@")[0]}@example.test`;
    const { user, events } = await sentTo(email);
    expect(events.map((event) => event.type)).toEqual(["email.sent", "email.bounced"]);
    for (const event of events) expect((await deliverMailEvent(event)).status).toBe(200);
    expect(await db.emailLog.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "bounced" });
    expect(await db.emailSuppression.findUnique({ where: { address: email } })).toMatchObject({ reason: expect.stringContaining("bounced") });

    const before = (await inMailbox(email)).length;
    await requestVerificationEmail({ userId: user.id });
    expect(await drainOutbox()).toMatchObject({ sent: 0, skipped: 1 });
    expect(await inMailbox(email)).toHaveLength(before);
    expect(await db.emailLog.count({ where: { userId: user.id, status: "suppressed" } })).toBe(1);
  });

  it("a complaint suppresses the address too", async () => {
    const email = `complained+${uniqueEmail().split("@")[0]}@example.test`;
    const { events } = await sentTo(email);
    for (const event of events) await deliverMailEvent(event);
    expect(await db.emailSuppression.count({ where: { address: email } })).toBe(1);
  });

  it("refuses unsigned, forged and stale events, and applies a replayed one once", async () => {
    const { user, events } = await sentTo(`bounced+${uniqueEmail().split("@")[0]}@example.test`);
    const bounce = events.find((event) => event.type === "email.bounced")!;
    const unsigned = await deliverMailEvent(bounce, { "content-type": "application/json" });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.code).toBe("signature_invalid");
    const forged = await deliverMailEvent(bounce, { ...bounce.headers, "svix-signature": "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" });
    expect(forged.status).toBe(400);
    const tampered = await callRoute(resendWebhook, "POST", "/api/v1/webhooks/resend", { rawBody: bounce.payload.replace("email.bounced", "email.delivered"), headers: bounce.headers });
    expect(tampered.status).toBe(400);
    const stale = mailSandbox.sign("email.bounced", { id: "x", from: "a@b.c", to: [user.email], subject: "s", created_at: new Date().toISOString() }, new Date(Date.now() - 10 * 60_000));
    expect((await deliverMailEvent(stale)).status).toBe(400);
    expect(await db.emailSuppression.count({ where: { address: user.email } })).toBe(0);

    expect((await deliverMailEvent(bounce)).body.data).toMatchObject({ outcome: "processed" });
    expect((await deliverMailEvent(bounce)).body.data).toMatchObject({ outcome: "duplicate" });
    expect(await db.emailEvent.count({ where: { id: `resend:${bounce.id}` } })).toBe(1);
  });
});
