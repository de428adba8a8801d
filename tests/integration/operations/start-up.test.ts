import { afterEach, describe, expect, it, vi } from "vitest";
import { ensureBootstrapAdmin } from "@/lib/admin/bootstrap";
import { requeueDeadRowsAsAdmin, systemStatus } from "@/lib/admin/system";
import { automationSummary } from "@/lib/automation/results";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { onOutboxWritten, outboxWritten, transactionWithOutbox, enqueueJobEvent } from "@/lib/outbox/write";
import { startOutboxRelay } from "@/lib/outbox/relay";
import { sandboxSecret } from "@/lib/sandbox/secrets";
import { clientMessages } from "@/lib/i18n";
import { createAdmin, createCreator, createCreatorReadyForPayouts, uniqueEmail } from "../../factories/users";

// What every instance does when it starts (the bootstrap admin, the outbox relay), and the
// readers of Admin → System and of the dashboard's analysis.

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

function configure(variables: Record<string, string>) {
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  resetEnvCache();
}

describe("the bootstrap admin", () => {
  it("is created once from the environment; a second start (or instance) finds it and never changes its password", async () => {
    const email = uniqueEmail("bootstrap");
    configure({ BOOTSTRAP_ADMIN_EMAIL: email.toUpperCase(), BOOTSTRAP_ADMIN_PASSWORD: "a bootstrap passphrase of some length" });
    expect(await Promise.all([ensureBootstrapAdmin(), ensureBootstrapAdmin()])).toEqual(expect.arrayContaining(["created", "exists"]));
    const admin = await db.user.findUniqueOrThrow({ where: { email } });
    expect(admin).toMatchObject({ role: "admin", emailVerified: true });
    configure({ BOOTSTRAP_ADMIN_PASSWORD: "another passphrase entirely here" });
    expect(await ensureBootstrapAdmin()).toBe("exists");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBe(admin.passwordHash);
  });

  it("does nothing without both variables, and refuses a password the policy refuses", async () => {
    expect(await ensureBootstrapAdmin()).toBe("not_configured");
    configure({ BOOTSTRAP_ADMIN_EMAIL: uniqueEmail("weak"), BOOTSTRAP_ADMIN_PASSWORD: "short" });
    await expect(ensureBootstrapAdmin()).rejects.toThrow(/refused by the password policy \(password_too_short\)/);
  });
});

describe("the outbox relay of this process", () => {
  it("delivers right after a commit that wrote rows, once per process however often it is started", async () => {
    const stop = startOutboxRelay();
    expect(startOutboxRelay()).toBe(stop);
    try {
      const creator = await createCreator();
      const id = await transactionWithOutbox((tx) => enqueueJobEvent(tx, "creator/noted", { userId: creator.id }));
      await vi.waitFor(async () => expect((await db.outboxEvent.findUniqueOrThrow({ where: { id } })).status).not.toBe("pending"), { timeout: 5_000 });
    } finally {
      stop();
    }
    expect(startOutboxRelay()).not.toBe(stop);
    startOutboxRelay()();
  });

  it("tells every listener about a commit, and forgets one that unsubscribed", () => {
    const heard: string[] = [];
    const first = onOutboxWritten(() => heard.push("first"));
    const second = onOutboxWritten(() => heard.push("second"));
    outboxWritten();
    first();
    outboxWritten();
    second();
    expect(heard).toEqual(["first", "second", "second"]);
  });
});

describe("Admin → System", () => {
  it("shows the outbox and requeues dead rows, audited", async () => {
    const admin = await createAdmin();
    const dead = await db.outboxEvent.create({ data: { name: "email/welcome", payload: { userId: "nobody" }, status: "dead", attempts: 8, lastError: "provider down" } });
    const status = await systemStatus(admin);
    expect(status.outbox?.dead).toBeGreaterThanOrEqual(1);
    expect(status.deadRows.map((row: { id: string }) => row.id)).toContain(dead.id);
    expect(await requeueDeadRowsAsAdmin(admin, [dead.id])).toBe(1);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "pending", attempts: 0 });
    expect(await db.auditLog.findFirst({ where: { actorId: admin.id, action: "requeue_outbox" } })).toMatchObject({ details: { count: 1, rows: dead.id } });
    await expect(systemStatus(await createCreator())).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the analysis summary", () => {
  it("waits for payouts, then follows the latest run: analysing, failed, complete", async () => {
    const creator = await createCreatorReadyForPayouts();
    expect(await automationSummary(creator.id)).toMatchObject({ state: "waiting_for_payouts", price: null });
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { activatedAt: new Date() } });
    await db.automationRun.create({ data: { userId: creator.id, step: "account_size", status: "succeeded", triggerId: "t1", attempts: 1, finishedAt: new Date() } });
    expect((await automationSummary(creator.id)).state).toBe("analysing");
    await db.automationRun.create({ data: { userId: creator.id, step: "pricing_tier", status: "failed", triggerId: "t1", attempts: 4, error: "provider unavailable" } });
    expect(await automationSummary(creator.id)).toMatchObject({ state: "failed", steps: expect.arrayContaining([expect.objectContaining({ step: "pricing_tier", error: "provider unavailable", attempts: 4 })]) });
    const price = { min: 10, max: 20, currency: "EUR" };
    for (const [step, result] of [["account_size", {}], ["pricing_tier", { value: { tier: "standard", monthlyPrice: price } }], ["content_categories", {}]] as const) {
      await db.automationRun.create({ data: { userId: creator.id, step, status: "succeeded", triggerId: "t2", attempts: 1, result, finishedAt: new Date(), createdAt: new Date(Date.now() + 1000) } });
    }
    expect(await automationSummary(creator.id)).toMatchObject({ state: "complete", price });
  });

  it("is disabled when the automation is off", async () => {
    configure({ FEATURE_MARKETING_AUTOMATION: "false" });
    expect((await automationSummary((await createCreator()).id)).state).toBe("disabled");
  });
});

describe("sandbox secrets", () => {
  it("are random, whsec_-prefixed, and the same for every launcher on one database", async () => {
    const [first, second] = await Promise.all([sandboxSecret(process.env.DATABASE_URL!, "mail_webhook_secret"), sandboxSecret(process.env.DATABASE_URL!, "mail_webhook_secret")]);
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
    expect(second).toBe(first);
    expect(await sandboxSecret(process.env.DATABASE_URL!, "stripe_webhook_secret")).not.toBe(first);
  });
});

describe("the catalogue sent to the browser", () => {
  it("holds the client's namespaces, the admin's when asked, and nothing else", () => {
    const messages = clientMessages("fr", ["admin"]) as Record<string, Record<string, unknown>>;
    expect(Object.keys(messages).sort()).toEqual(expect.arrayContaining(["account", "admin", "common", "errors", "onboarding"]));
    expect(Object.keys(messages.common).sort()).toEqual(["createAccount", "email", "password", "signIn", "working"]);
    expect(Object.keys(messages.onboarding).sort()).toEqual(["categories", "profile", "saveAndContinue", "terms"]);
    expect(messages).not.toHaveProperty("landing");
    expect(clientMessages("en")).not.toHaveProperty("admin");
  });
});
