import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { createAutomationFunctions } from "@/lib/automation/functions";
import { LocalRunner } from "@/lib/automation/local-runner";
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/db/housekeeping";
import { metrics } from "@/lib/observability/metrics";
import { createCreator } from "../../factories/users";

// Each retention rule removes what is past it and nothing a reader still needs.

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function prunedCount(task: string): Promise<number> {
  const metric = await metrics().housekeepingPruned.get();
  return metric.values.find((value) => value.labels.task === task)?.value ?? 0;
}

describe("the hourly housekeeping", () => {
  it("shrinks every table past its retention, keeps everything live, and counts what it removed", async () => {
    const creator = await createCreator();
    const now = Date.now();
    await db.rateLimit.createMany({
      data: [
        { key: "test:ended-long-ago", points: 3, expire: BigInt(now - 2 * 3_600_000) },
        { key: "test:ended-just-now", points: 3, expire: BigInt(now - 60_000) },
        { key: "test:live", points: 1, expire: BigInt(now + 60_000) },
      ],
    });
    const token = (tokenHash: string, data: { expiresAt: Date; used?: boolean; usedAt?: Date }) => ({ userId: creator.id, purpose: "password_reset" as const, tokenHash, ...data });
    await db.verificationToken.createMany({
      data: [
        token("expired-long-ago", { expiresAt: ago(8) }),
        token("used-long-ago", { expiresAt: new Date(now + DAY), used: true, usedAt: ago(8) }),
        token("expired-yesterday", { expiresAt: ago(1) }),
        token("live", { expiresAt: new Date(now + DAY) }),
      ],
    });
    await db.revokedSession.createMany({
      data: [
        { tokenId: "revoked-expired", userId: creator.id, expiresAt: ago(1) },
        { tokenId: "revoked-live", userId: creator.id, expiresAt: new Date(now + DAY) },
      ],
    });
    const outbox = await Promise.all(
      [
        { name: "email/old-sent", status: "sent" as const, createdAt: ago(15) },
        { name: "email/old-skipped", status: "skipped" as const, createdAt: ago(15) },
        { name: "email/old-pending", status: "pending" as const, createdAt: ago(15) },
        { name: "email/old-dead", status: "dead" as const, createdAt: ago(15) },
        { name: "email/recent-sent", status: "sent" as const, createdAt: ago(13) },
      ].map((row) => db.outboxEvent.create({ data: { ...row, payload: { userId: creator.id } } })),
    );
    await db.signIn.createMany({
      data: [
        { userId: creator.id, at: ago(91), method: "password", ip: "192.0.2.1" },
        { userId: creator.id, at: ago(89), method: "password", ip: "192.0.2.2" },
      ],
    });
    const outboxPrunedBefore = await prunedCount("outbox");

    const pruned = await runHousekeeping();
    expect(pruned).toMatchObject({ rateLimits: 1, tokens: 2, revokedSessions: 1, signIns: 1 });
    expect(pruned.outbox).toBeGreaterThanOrEqual(2);

    expect((await db.rateLimit.findMany({ where: { key: { startsWith: "test:" } } })).map((row) => row.key).sort()).toEqual(["test:ended-just-now", "test:live"]);
    expect((await db.verificationToken.findMany({ where: { userId: creator.id } })).map((row) => row.tokenHash).sort()).toEqual(["expired-yesterday", "live"]);
    expect((await db.revokedSession.findMany({ where: { userId: creator.id } })).map((row) => row.tokenId)).toEqual(["revoked-live"]);
    const left = await db.outboxEvent.findMany({ where: { id: { in: outbox.map((row) => row.id) } } });
    expect(left.map((row) => row.name).sort()).toEqual(["email/old-dead", "email/old-pending", "email/recent-sent"]);
    expect((await db.signIn.findMany({ where: { userId: creator.id } })).map((row) => row.ip)).toEqual(["192.0.2.2"]);
    expect((await prunedCount("outbox")) - outboxPrunedBefore).toBe(pruned.outbox);

    expect(await runHousekeeping()).toMatchObject({ rateLimits: 0, tokens: 0, revokedSessions: 0, outbox: 0, signIns: 0 });
  });

  it("without Inngest, runs once per hour for the whole cluster: the instance that takes the hour's lease", async () => {
    const runs: string[] = [];
    const instances = [new LocalRunner("housekeeper-a"), new LocalRunner("housekeeper-b")];
    const ran = await Promise.all(instances.map((runner) => runner.runOncePerPeriod("test-hourly", 3600, async () => void runs.push(runner.owner))));
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(runs).toHaveLength(1);
    expect(await instances[1].runOncePerPeriod("test-hourly", 3600, async () => void runs.push("again"))).toBe(false);

    await db.workflowLease.update({ where: { triggerId: "cron:test-hourly" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await instances[1].runOncePerPeriod("test-hourly", 3600, async () => void runs.push("next hour"))).toBe(true);
    expect(runs).toEqual([expect.stringMatching(/^housekeeper-/), "next hour"]);
  });

  it("with Inngest, is its hourly cron function", async () => {
    await db.rateLimit.create({ data: { key: "test:inngest-ended", points: 1, expire: BigInt(Date.now() - 2 * 3_600_000) } });
    const { result } = await new InngestTestEngine({ function: createAutomationFunctions().housekeeping }).execute();
    expect(result).toMatchObject({ rateLimits: 1 });
    expect(await db.rateLimit.count({ where: { key: "test:inngest-ended" } })).toBe(0);
  });
});
