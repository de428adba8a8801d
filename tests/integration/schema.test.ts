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

  it("every model is queryable through the generated client", async () => {
    const counts = await Promise.all([
      db.user.count(),
      db.verificationToken.count(),
      db.creatorProfile.count(),
      db.onboardingSession.count(),
      db.stripeEvent.count(),
      db.outboxEvent.count(),
      db.automationRun.count(),
      db.emailLog.count(),
      db.auditLog.count(),
      db.rateLimit.count(),
    ]);
    expect(counts.every((count) => count >= 0)).toBe(true);
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
