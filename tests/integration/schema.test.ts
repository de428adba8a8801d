import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pendingSchemaChanges, SCHEMA_PATH } from "@/lib/db/schema-engine";
import { adminQuery, serverUrlFor } from "../support/integration-database";
import { createCreator } from "../factories/users";

async function scratchDatabase(name: string) {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  return serverUrlFor(name);
}

describe("schema and migrations", () => {
  it("the committed migrations produce exactly schema.prisma (no drift)", async () => {
    const url = await scratchDatabase(`drift_${process.pid}`);
    expect(await pendingSchemaChanges(url)).toBe("");
  });

  it("the drift check notices a model field added without a migration", async () => {
    const url = await scratchDatabase(`drift_changed_${process.pid}`);
    const changed = fs
      .readFileSync(SCHEMA_PATH, "utf8")
      .replace("  disabledAt           DateTime? @map(\"disabled_at\")", "  disabledAt DateTime? @map(\"disabled_at\")\n  nickname String?");
    const sql = await pendingSchemaChanges(url, changed);
    expect(sql).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"nickname" TEXT/);
  });

  it("every model reads its own table through the generated client (after one row is written to each)", async () => {
    const creator = await createCreator();
    await db.verificationToken.create({ data: { userId: creator.id, purpose: "email_verify", tokenHash: `schema-${creator.id}`, expiresAt: new Date() } });
    await db.stripeEvent.create({ data: { id: `evt_schema_${creator.id}`, type: "account.updated", createdAt: new Date(), payload: {} } });
    await db.outboxEvent.create({ data: { name: "email/welcome", payload: { userId: creator.id } } });
    await db.automationRun.create({ data: { userId: creator.id, step: "account_size", triggerId: `schema-${creator.id}` } });
    await db.emailLog.create({ data: { userId: creator.id, template: "welcome", toAddress: creator.email, language: "en", status: "sent" } });
    await db.emailEvent.create({ data: { id: `msg_schema_${creator.id}`, type: "email.sent", occurredAt: new Date(), payload: {} } });
    await db.emailSuppression.create({ data: { address: creator.email, reason: "test" } });
    await db.auditLog.create({ data: { action: "schema_check", targetType: "user", targetId: creator.id, outcome: "success" } });
    await db.rateLimit.create({ data: { key: `schema:${creator.id}`, points: 1 } });
    await db.sandboxRecord.create({ data: { kind: "schema_check", id: creator.id, data: {} } });
    const models: Array<[string, () => Promise<number>]> = [
      ["users", () => db.user.count()],
      ["verification_tokens", () => db.verificationToken.count()],
      ["creator_profiles", () => db.creatorProfile.count()],
      ["onboarding_sessions", () => db.onboardingSession.count()],
      ["stripe_events", () => db.stripeEvent.count()],
      ["outbox_events", () => db.outboxEvent.count()],
      ["automation_runs", () => db.automationRun.count()],
      ["email_log", () => db.emailLog.count()],
      ["email_events", () => db.emailEvent.count()],
      ["email_suppressions", () => db.emailSuppression.count()],
      ["audit_log", () => db.auditLog.count()],
      ["rate_limits", () => db.rateLimit.count()],
      ["sandbox_records", () => db.sandboxRecord.count()],
    ];
    for (const [table, count] of models) {
      const [{ rows }] = await db.$queryRawUnsafe<Array<{ rows: number }>>(`SELECT count(*)::int AS rows FROM "${table}"`);
      expect({ table, viaClient: await count() }).toEqual({ table, viaClient: rows });
      expect({ table, empty: rows === 0 }).toEqual({ table, empty: false });
    }
  });

  it("refuses a commit where the seed's copies of the onboarding facts disagree with the session", async () => {
    const creator = await createCreator();
    const at = new Date();
    await expect(db.user.update({ where: { id: creator.id }, data: { emailVerified: true, emailVerifiedAt: at } })).rejects.toThrow(/onboarding facts disagree/);
    await expect(db.onboardingSession.update({ where: { userId: creator.id }, data: { termsAcceptedAt: at, termsVersion: "x" } })).rejects.toThrow(/onboarding facts disagree/);
    await expect(db.creatorProfile.update({ where: { userId: creator.id }, data: { onboardingCompleted: true } })).rejects.toThrow(/onboarding facts disagree/);
    // Written together, in one transaction, they commit.
    await db.$transaction([
      db.user.update({ where: { id: creator.id }, data: { emailVerified: true, emailVerifiedAt: at } }),
      db.onboardingSession.update({ where: { userId: creator.id }, data: { emailVerifiedAt: at } }),
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).emailVerified).toBe(true);
  });

  it("refuses a content category outside the taxonomy", async () => {
    const creator = await createCreator();
    await expect(db.$executeRaw`UPDATE creator_profiles SET content_categories = ARRAY['knitting']::"ContentCategory"[] WHERE user_id = ${creator.id}`).rejects.toThrow();
  });

  it("keeps the seed's id prefixes and column defaults", async () => {
    const creator = await createCreator();
    expect(creator.profile?.id).toMatch(/^cp_[0-9a-f]{32}$/);
    expect(creator.onboardingSession?.id).toMatch(/^onb_[0-9a-f]{32}$/);
    expect(creator.profile).toMatchObject({ timezone: "Europe/Paris", contentCategories: [], stripeChargesEnabled: false });
    expect(creator.onboardingSession).toMatchObject({ currentStep: "registered", completed: false });
  });

  it("refuses an email that is not normalised, so uniqueness is case-insensitive", async () => {
    await expect(createCreator({ email: "Mixed.Case@Example.test" })).rejects.toThrow();
    await createCreator({ email: "same@example.test" });
    await expect(createCreator({ email: "same@example.test" })).rejects.toThrow();
  });

  it("deleting a user removes their tokens, profile and session", async () => {
    const creator = await createCreator();
    await db.verificationToken.create({
      data: { userId: creator.id, purpose: "email_verify", tokenHash: `hash-${creator.id}`, expiresAt: new Date(Date.now() + 60_000) },
    });
    await db.user.delete({ where: { id: creator.id } });
    expect(await db.verificationToken.count({ where: { userId: creator.id } })).toBe(0);
    expect(await db.creatorProfile.count({ where: { userId: creator.id } })).toBe(0);
    expect(await db.onboardingSession.count({ where: { userId: creator.id } })).toBe(0);
  });
});
