import { describe, expect, it } from "vitest";
import { eventNeeds } from "@/lib/onboarding/payouts";

// The one ordering rule, in Stripe's seconds: what an event needs given how old the state we hold is.

const at = (seconds: number) => new Date(seconds * 1000);
const held = (eventAt: number | null, stateAt: number | null) => ({ stripeEventAt: eventAt === null ? null : at(eventAt), stripeStateAt: stateAt === null ? null : at(stateAt), stripeStateVersion: 3 });

describe("eventNeeds", () => {
  it.each([
    ["a copy, nothing held yet", 100, true, held(null, null), "its_copy"],
    ["a copy created after the state held (a copy of second 100)", 101, true, held(100, 100), "its_copy"],
    ["a copy of the same second as the state held: order unknown", 100, true, held(100, 100), "a_read"],
    ["a copy created before the newest event applied", 99, true, held(100, 100), "nothing"],
    ["a copy after the last event but not after a read answered at 120", 110, true, held(100, 120), "a_read"],
    ["a copy after a read answered at 120", 121, true, held(100, 120), "its_copy"],
    ["an event without a copy, newer", 130, false, held(100, 120), "a_read"],
    ["an event without a copy, as old as the newest applied", 100, false, held(100, 120), "a_read"],
    ["an event without a copy, older than the newest applied", 99, false, held(100, 120), "nothing"],
  ] as const)("%s → %s", (_name, created, carriesAccount, state, expected) => {
    expect(eventNeeds({ created: at(created), carriesAccount }, state)).toBe(expected);
  });
});
