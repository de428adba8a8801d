import { describe, expect, it } from "vitest";
import { insertDemoCreators } from "@/lib/admin/demo-creators";
import { lastDays, loadFunnel } from "@/lib/admin/funnel";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createAdmin } from "../../factories/users";

// The funnel's reminder figures at 10,000 creators, against a count taken in this test from the
// raw rows: the creators' own step times say who moved on, not the reminders' bookkeeping.

const DAY = 86_400_000;
/** The step whose time ends each stall. */
const ENDED_BY = { profile_not_filled: "profile_completed_at", payouts_not_finished: "stripe_completed_at" } as const;

describe("the funnel's reminders", () => {
  it("match a count from the raw tables at 10,000 creators", async () => {
    const admin = await createAdmin();
    await insertDemoCreators(10_000, await hashPassword("demo password for the funnel"), 0.17);
    // A reminder a day or two into each stall (sent before it ended), one planned and one cancelled that must not count.
    await db.$executeRaw`
      INSERT INTO nudges (id, user_id, sequence, number, trigger_id, due_at, status, sent_at, moved_on_at)
      SELECT gen_random_uuid()::text, user_id, 'profile_not_filled', 1, 'plan-p-' || user_id, sent, 'sent', sent, profile_completed_at
      FROM (SELECT user_id, profile_completed_at, terms_accepted_at + (abs(hashtext(user_id)) % 72) * interval '1 hour' AS sent FROM onboarding_sessions WHERE terms_accepted_at IS NOT NULL) s
      WHERE profile_completed_at IS NULL OR profile_completed_at > sent`;
    await db.$executeRaw`
      INSERT INTO nudges (id, user_id, sequence, number, trigger_id, due_at, status, sent_at, moved_on_at)
      SELECT gen_random_uuid()::text, user_id, 'payouts_not_finished', n, 'plan-s-' || user_id, sent, 'sent', sent, stripe_completed_at
      FROM (SELECT user_id, stripe_completed_at, n, profile_completed_at + n * interval '4 hours' AS sent FROM onboarding_sessions, generate_series(1, 2) AS n WHERE profile_completed_at IS NOT NULL) s
      WHERE stripe_completed_at IS NULL OR stripe_completed_at > sent`;
    await db.$executeRaw`
      INSERT INTO nudges (id, user_id, sequence, number, trigger_id, due_at, status, cancelled_at)
      SELECT gen_random_uuid()::text, user_id, 'profile_not_filled', 2, 'plan-p-' || user_id, now(), CASE WHEN abs(hashtext(user_id)) % 2 = 0 THEN 'scheduled' ELSE 'cancelled' END::"NudgeStatus", now()
      FROM onboarding_sessions WHERE terms_accepted_at IS NOT NULL AND profile_completed_at IS NULL`;

    const range = lastDays(30);
    const rows = await db.$queryRaw<Array<{ user_id: string; sequence: keyof typeof ENDED_BY; status: string; sent_at: Date | null; started_at: Date; profile_completed_at: Date | null; stripe_completed_at: Date | null }>>`
      SELECT n.user_id, n.sequence::text AS sequence, n.status::text AS status, n.sent_at, s.started_at, s.profile_completed_at, s.stripe_completed_at
      FROM nudges n JOIN onboarding_sessions s ON s.user_id = n.user_id`;
    const from = Date.parse(range.from);
    const to = Date.parse(range.to) + DAY;
    const expected = new Map<string, { nudged: Set<string>; movedOn: Set<string> }>();
    for (const row of rows) {
      if (row.status !== "sent" || row.started_at.getTime() < from || row.started_at.getTime() >= to || !(row.sequence in ENDED_BY)) continue;
      const counts = expected.get(row.sequence) ?? { nudged: new Set(), movedOn: new Set() };
      expected.set(row.sequence, counts);
      counts.nudged.add(row.user_id);
      const ended = row[ENDED_BY[row.sequence]];
      if (ended && row.sent_at && ended.getTime() - row.sent_at.getTime() <= 7 * DAY) counts.movedOn.add(row.user_id);
    }

    const funnel = await loadFunnel(admin, range);
    for (const sequence of Object.keys(ENDED_BY)) {
      const figures = funnel.nudges.find((entry) => entry.sequence === sequence)!;
      const counted = expected.get(sequence)!;
      expect({ sequence, nudged: figures.nudged, movedOn: figures.movedOn }).toEqual({ sequence, nudged: counted.nudged.size, movedOn: counted.movedOn.size });
      // Hundreds of each, and both outcomes: the comparison is not of empty sets.
      expect(counted.nudged.size).toBeGreaterThan(200);
      expect(counted.movedOn.size).toBeGreaterThan(20);
      expect(counted.nudged.size - counted.movedOn.size).toBeGreaterThan(20);
    }
    expect(funnel.nudges.find((entry) => entry.sequence === "email_not_verified")).toEqual({ sequence: "email_not_verified", nudged: 0, movedOn: 0 });
  }, 120_000);
});
