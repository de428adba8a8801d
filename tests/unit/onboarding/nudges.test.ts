import { describe, expect, it } from "vitest";
import { nextDaytime, stallOf, stripeDeadline } from "@/lib/onboarding/nudges";
import { sessionReaching } from "@/lib/onboarding/machine";

const ALL_ON = { emailVerification: true, stripeConnect: true };
const DAYTIME = { start: 9, end: 20 };

describe("where a creator stalls", () => {
  it("is the page they are on, and on payouts what Stripe waits for", () => {
    expect(stallOf(sessionReaching("registered"), "not_started", ALL_ON)).toBe("email_not_verified");
    expect(stallOf(sessionReaching("email_verified"), "not_started", ALL_ON)).toBe("terms_not_accepted");
    expect(stallOf(sessionReaching("terms_accepted"), "not_started", ALL_ON)).toBe("profile_not_filled");
    expect(stallOf(sessionReaching("profile_completed"), "not_started", ALL_ON)).toBe("payouts_not_finished");
    expect(stallOf(sessionReaching("stripe_started"), "in_progress", ALL_ON)).toBe("payouts_not_finished");
    expect(stallOf(sessionReaching("stripe_started"), "needs_information", ALL_ON)).toBe("payouts_need_information");
    // Waiting on Stripe, not on the creator: nothing to remind.
    expect(stallOf(sessionReaching("stripe_started"), "verifying", ALL_ON)).toBeNull();
    expect(stallOf(sessionReaching("completed"), "active", ALL_ON)).toBeNull();
  });

  it("follows the flags: no verification step, no email reminder", () => {
    expect(stallOf(sessionReaching("registered"), "not_started", { emailVerification: false, stripeConnect: true })).toBe("terms_not_accepted");
    expect(stallOf(sessionReaching("profile_completed"), "not_started", { emailVerification: true, stripeConnect: false })).toBeNull();
  });
});

describe("daytime in the creator's zone", () => {
  it("keeps a time inside the hours, moves one outside to the next start", () => {
    const noonParis = new Date("2026-12-08T11:00:00Z");
    expect(nextDaytime(noonParis, "Europe/Paris", DAYTIME)).toEqual(noonParis);
    // 03:00 in Paris (UTC+1 in winter) → 09:00 the same day.
    expect(nextDaytime(new Date("2026-12-08T02:00:00Z"), "Europe/Paris", DAYTIME)).toEqual(new Date("2026-12-08T08:00:00Z"));
    // 21:30 in Paris → 09:00 the next day.
    expect(nextDaytime(new Date("2026-12-08T20:30:00Z"), "Europe/Paris", DAYTIME)).toEqual(new Date("2026-12-09T08:00:00Z"));
  });

  it("the same instant is daytime in one zone and night in another", () => {
    const at = new Date("2026-12-08T15:00:00Z");
    expect(nextDaytime(at, "Europe/London", DAYTIME)).toEqual(at);
    // 00:00 in Tokyo → 09:00 Tokyo = 00:00 UTC the next day; 20:30 in Kolkata (UTC+5:30) → 03:30 UTC.
    expect(nextDaytime(at, "Asia/Tokyo", DAYTIME)).toEqual(new Date("2026-12-09T00:00:00Z"));
    expect(nextDaytime(at, "Asia/Kolkata", DAYTIME)).toEqual(new Date("2026-12-09T03:30:00Z"));
  });

  it("honours a DST change: 9:00 after the clocks move is at the new offset", () => {
    // Europe moves to summer time on Sunday 29 March 2026 at 01:00 UTC: 9:00 that day is 07:00 UTC.
    expect(nextDaytime(new Date("2026-03-29T00:30:00Z"), "Europe/Paris", DAYTIME)).toEqual(new Date("2026-03-29T07:00:00Z"));
    // New York moves back on 1 November 2026: 9:00 that day is 14:00 UTC (it was 13:00 the day before).
    expect(nextDaytime(new Date("2026-11-01T03:00:00Z"), "America/New_York", DAYTIME)).toEqual(new Date("2026-11-01T14:00:00Z"));
    expect(nextDaytime(new Date("2026-10-31T03:00:00Z"), "America/New_York", DAYTIME)).toEqual(new Date("2026-10-31T13:00:00Z"));
  });
});

describe("a Stripe deadline", () => {
  it("is the earliest of the current and the future requirements' deadlines", () => {
    const current = new Date("2026-12-20T00:00:00Z");
    expect(stripeDeadline({ stripeCurrentDeadline: current, stripeFutureRequirements: { currentDeadline: Date.parse("2026-12-15T00:00:00Z") / 1000 } })).toEqual(new Date("2026-12-15T00:00:00Z"));
    expect(stripeDeadline({ stripeCurrentDeadline: current, stripeFutureRequirements: {} })).toEqual(current);
    expect(stripeDeadline({ stripeCurrentDeadline: null, stripeFutureRequirements: {} })).toBeNull();
  });
});
