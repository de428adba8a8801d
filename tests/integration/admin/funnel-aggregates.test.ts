import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { insertDemoCreators } from "@/lib/admin/demo-creators";
import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { funnelQueries, loadFunnel, type FunnelRange } from "@/lib/admin/funnel";
import { hashPassword } from "@/lib/auth/password";
import { db, Prisma } from "@/lib/db";
import { applicableMilestones, timestampColumn, type Flags } from "@/lib/onboarding/machine";
import { withEnv } from "../../support/env";
import { callRoute, randomIp } from "../../support/http";
import { createAdmin, createCreator, uniqueEmail } from "../../factories/users";

// The funnel reads aggregates the database keeps with statement triggers (decision 009). They
// must stay exactly what a direct computation over the sessions gives — counts, stuck creators,
// medians as percentile_cont — through registrations, step changes, bulk inserts and deletions,
// under every combination of feature flags.

const ALL_FLAGS: Flags[] = [true, false].flatMap((emailVerification) => [true, false].map((stripeConnect) => ({ emailVerification, stripeConnect })));
const WIDE: FunnelRange = { from: "2000-01-01", to: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) };

function stepsUnder(flags: Flags) {
  return [{ key: "registered", column: "started_at" }, ...applicableMilestones(flags).map((definition) => ({ key: definition.milestone as string, column: timestampColumn(definition.milestone) }))];
}

/** The funnel computed straight from onboarding_sessions, the way it was before the aggregates. */
async function direct(range: FunnelRange, flags: Flags) {
  const steps = stepsUnder(flags);
  const cohort = Prisma.sql`started_at >= ${range.from}::date AND started_at < ${range.to}::date + 1`;
  const raw = Prisma.raw;
  const [row] = await db.$queryRaw<Array<Record<string, number | bigint | null>>>`
    SELECT ${Prisma.join(steps.map((step, index) => Prisma.sql`count(*) FILTER (WHERE ${raw(step.column)} IS NOT NULL) AS ${raw(`reached_${index}`)}`))},
           ${Prisma.join(
             steps.slice(1).map(
               (step, index) =>
                 Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${raw(step.column)} - ${raw(steps[index].column)}) / 3600) FILTER (WHERE ${raw(step.column)} IS NOT NULL AND ${raw(steps[index].column)} IS NOT NULL) AS ${raw(`median_${index + 1}`)}`,
             ),
           )},
           ${Prisma.join(
             steps.slice(0, -1).map(
               (step, index) =>
                 Prisma.sql`count(*) FILTER (WHERE ${raw(step.column)} IS NOT NULL AND ${raw(steps[index + 1].column)} IS NULL AND updated_at < (now() AT TIME ZONE 'UTC') - interval '7 days') AS ${raw(`stuck_${index}`)}`,
             ),
           )}
    FROM onboarding_sessions WHERE ${cohort}`;
  const number = (value: number | bigint | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return steps.map((step, index) => ({
    key: step.key,
    reached: number(row[`reached_${index}`]),
    median: index === 0 ? null : number(row[`median_${index}`]),
    stuck: index < steps.length - 1 ? number(row[`stuck_${index}`]) : 0,
  }));
}

async function expectExact(range: FunnelRange = WIDE) {
  for (const flags of ALL_FLAGS) {
    await withEnv({ FEATURE_EMAIL_VERIFICATION: String(flags.emailVerification), FEATURE_STRIPE_CONNECT: String(flags.stripeConnect) }, async () => {
      const funnel = await loadFunnel(admin, range);
      const expected = await direct(range, flags);
      expect(funnel.steps.map((step) => step.key)).toEqual(expected.map((step) => step.key));
      for (const [index, step] of funnel.steps.entries()) {
        expect({ key: step.key, reached: step.reached, stuck: step.stuckOverWeek }).toEqual({ key: expected[index].key, reached: expected[index].reached, stuck: expected[index].stuck });
        if (expected[index].median === null) expect(step.medianHoursFromPrevious).toBeNull();
        else expect(step.medianHoursFromPrevious).toBeCloseTo(expected[index].median!, 9);
      }
      const [signups] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM onboarding_sessions WHERE started_at >= ${range.from}::date AND started_at < ${range.to}::date + 1`;
      expect(funnel.daily.reduce((sum, day) => sum + day.signups, 0)).toBe(Number(signups.n));
      const [activations] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM creator_profiles WHERE activated_at >= ${range.from}::date AND activated_at < ${range.to}::date + 1`;
      expect(funnel.daily.reduce((sum, day) => sum + day.activations, 0)).toBe(Number(activations.n));
    });
  }
}

/** Each "dropped" and "stuck" figure links to the list of the creators it counts: the same number. */
async function expectLinksCountTheSame(range: FunnelRange) {
  const funnel = await loadFunnel(admin, range);
  for (const step of funnel.steps.slice(0, -1)) {
    const period = { lastStep: step.key, signedUpFrom: range.from, signedUpTo: range.to };
    const dropped = await listCreators(admin, CreatorFilters.parse(period));
    const stuck = await listCreators(admin, CreatorFilters.parse({ ...period, stuckDays: "7" }));
    expect({ step: step.key, dropped: dropped.total, stuck: stuck.total }).toEqual({ step: step.key, dropped: step.droppedAfter, stuck: step.stuckOverWeek });
  }
}

let admin: Awaited<ReturnType<typeof createAdmin>>;

describe("the funnel's aggregates", () => {
  it("hold every step and every pair of steps the machine can make consecutive, under any flags", async () => {
    const steps = new Set(ALL_FLAGS.flatMap((flags) => stepsUnder(flags).map((step) => step.key)));
    const pairs = new Set(ALL_FLAGS.flatMap((flags) => stepsUnder(flags).slice(1).map((step, index) => `${stepsUnder(flags)[index].key}>${step.key}`)));
    const creator = await createCreator({ step: "stripe_completed" });
    const stored = await db.funnelDuration.findMany({ where: { userId: creator.id } });
    const storedReached = await db.$queryRaw<Array<{ step: string }>>`SELECT DISTINCT step FROM funnel_reached`;
    expect(new Set(stored.map((row) => `${row.fromStep}>${row.toStep}`))).toEqual(pairs);
    expect(new Set(storedReached.map((row) => row.step))).toEqual(steps);
  });

  it("match a direct computation after bulk inserts, registrations, steps taken, activity and deletions", async () => {
    admin = await createAdmin();
    await insertDemoCreators(600, await hashPassword("not used"), 0.31);
    await expectExact();

    for (let index = 0; index < 5; index++) {
      const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail("funnel"), password: "correct horse battery staple 42" }, ip: randomIp() });
      expect(response.status).toBe(201);
    }
    const movers = await db.onboardingSession.findMany({ where: { profileCompletedAt: null, termsAcceptedAt: { not: null } }, take: 20, select: { userId: true } });
    await db.onboardingSession.updateMany({ where: { userId: { in: movers.map((mover) => mover.userId) } }, data: { profileCompletedAt: new Date(), currentStep: "profile_completed" } });
    const idle = await db.onboardingSession.findMany({ where: { updatedAt: { lt: new Date(Date.now() - 8 * 86_400_000) } }, take: 30, select: { userId: true } });
    await db.onboardingSession.updateMany({ where: { userId: { in: idle.map((row) => row.userId) } }, data: { updatedAt: new Date() } });
    const gone = await db.user.findMany({ where: { role: "creator" }, take: 25, orderBy: { createdAt: "asc" }, select: { id: true } });
    await db.user.deleteMany({ where: { id: { in: gone.map((user) => user.id) } } });
    await db.creatorProfile.updateMany({ where: { activatedAt: null, user: { onboardingSession: { stripeCompletedAt: { not: null } } } }, data: { activatedAt: new Date() } });
    await expectExact();
    await expectExact({ from: new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) });
    await expectLinksCountTheSame(WIDE);
    await expectLinksCountTheSame({ from: new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) });
  });

  it("lose no count when many creators register at once", async () => {
    admin ??= await createAdmin();
    const today = new Date().toISOString().slice(0, 10);
    const before = (await loadFunnel(admin, { from: today, to: today })).steps[0].reached;
    const results = await Promise.all(Array.from({ length: 24 }, () => callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail("rush"), password: "correct horse battery staple 42" }, ip: randomIp() })));
    expect(results.every((result) => result.status === 201)).toBe(true);
    expect((await loadFunnel(admin, { from: today, to: today })).steps[0].reached).toBe(before + 24);
  });

  it("are read by index lookups, not a scan of the sessions", async () => {
    const queries = funnelQueries(WIDE);
    for (const sql of [queries.reached, queries.medians]) {
      const plan = (await db.$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).not.toContain("onboarding_sessions");
    }
  });
});
