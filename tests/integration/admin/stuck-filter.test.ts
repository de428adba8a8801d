import { describe, expect, it } from "vitest";
import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { db } from "@/lib/db";
import { createAdmin, createCreatorReadyForPayouts } from "../../factories/users";

// "Stuck at a step for N days": no progress since, whenever they signed up. The query also
// bounds the sign-up time this implies (lib/admin/creators.ts), which must never drop a match.

const DAY = 86_400_000;

async function creatorAtPayouts(signedUpDaysAgo: number, lastActivityDaysAgo: number) {
  const creator = await createCreatorReadyForPayouts();
  await db.user.update({ where: { id: creator.id }, data: { createdAt: new Date(Date.now() - signedUpDaysAgo * DAY) } });
  await db.$executeRaw`UPDATE onboarding_sessions SET updated_at = ${new Date(Date.now() - lastActivityDaysAgo * DAY)}, started_at = ${new Date(Date.now() - signedUpDaysAgo * DAY)} WHERE user_id = ${creator.id}`;
  return creator;
}

describe("the stuck filter", () => {
  it("lists those without progress for N days, including one who signed up just before the bound, and no one active since", async () => {
    const admin = await createAdmin();
    const longStuck = await creatorAtPayouts(40, 30);
    const justStuck = await creatorAtPayouts(7.0001, 7.0001);
    const active = await creatorAtPayouts(40, 2);
    const recent = await creatorAtPayouts(3, 3);
    const { rows, total } = await listCreators(admin, CreatorFilters.parse({ step: "payouts", stuckDays: "7", q: "" }));
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([longStuck.id, justStuck.id]));
    expect(ids).not.toContain(active.id);
    expect(ids).not.toContain(recent.id);
    expect(total).toBeGreaterThanOrEqual(2);
  });
});
