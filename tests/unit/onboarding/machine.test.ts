import { describe, expect, it } from "vitest";
import { IllegalTransitionError, MILESTONES, nextPage, stepsOnPage, transition, wizardPages, type Flags, type Milestone, type SessionState } from "@/lib/onboarding/machine";

const FLAG_COMBINATIONS: Flags[] = [
  { emailVerification: true, stripeConnect: true },
  { emailVerification: true, stripeConnect: false },
  { emailVerification: false, stripeConnect: true },
  { emailVerification: false, stripeConnect: false },
];

// The order comes from the machine's table (its one home); what is checked is how the machine
// enforces whatever order the table gives.
const ORDER: Milestone[] = MILESTONES.map((definition) => definition.milestone);
const FIELD = Object.fromEntries(MILESTONES.map((definition) => [definition.milestone, definition.timestamp])) as Record<Milestone, keyof SessionState>;
const AT = new Date("2026-11-25T12:00:00Z");

function applies(milestone: Milestone, flags: Flags) {
  if (milestone === "email_verified") return flags.emailVerification;
  if (milestone.startsWith("stripe")) return flags.stripeConnect;
  return true;
}

/** A session where exactly the first `count` applicable milestones are done. */
function sessionAfter(count: number, flags: Flags): SessionState {
  const session: SessionState = { currentStep: "registered", emailVerifiedAt: null, termsAcceptedAt: null, profileCompletedAt: null, stripeStartedAt: null, stripeCompletedAt: null, completedAt: null };
  const done = ORDER.filter((milestone) => applies(milestone, flags)).slice(0, count);
  for (const milestone of done) {
    (session as unknown as Record<string, unknown>)[FIELD[milestone]] = new Date("2026-10-15T00:00:00Z");
    session.currentStep = milestone;
  }
  return session;
}

const cases = FLAG_COMBINATIONS.flatMap((flags) => {
  const applicable = ORDER.filter((milestone) => applies(milestone, flags));
  return Array.from({ length: applicable.length + 1 }, (_, done) => ORDER.map((milestone) => ({ flags, done, milestone, applicable })));
}).flat();

describe("onboarding state machine: every milestone × every progress × every flag combination", () => {
  it.each(cases.map((testCase) => [JSON.stringify(testCase.flags), testCase.done, testCase.milestone, testCase] as const))(
    "flags %s, %i done, reaching %s",
    (_flags, done, milestone, { flags, applicable }) => {
      const session = sessionAfter(done, flags);
      const position = applicable.indexOf(milestone);
      const repeatable = milestone === "profile_completed" || milestone === "stripe_started";

      if (!applies(milestone, flags)) {
        expect(() => transition(session, milestone, flags, AT)).toThrow(expect.objectContaining({ reason: "not_applicable" }));
      } else if (position < done) {
        if (repeatable) expect(transition(session, milestone, flags, AT)).toEqual({});
        else expect(() => transition(session, milestone, flags, AT)).toThrow(expect.objectContaining({ reason: "already_done" }));
      } else if (position > done) {
        expect(() => transition(session, milestone, flags, AT)).toThrow(expect.objectContaining({ reason: "previous_step_missing", missing: applicable[done] }));
      } else {
        const patch = transition(session, milestone, flags, AT);
        expect(patch[FIELD[milestone] as "termsAcceptedAt"]).toEqual(AT);
        const finished = done + 1 === applicable.length;
        expect(patch.currentStep).toBe(finished ? "completed" : milestone);
        expect(patch.completed).toBe(finished ? true : undefined);
        expect(patch.completedAt).toEqual(finished ? AT : undefined);
      }
    },
  );
});

describe("nextPage", () => {
  it.each(FLAG_COMBINATIONS.map((flags) => [JSON.stringify(flags), flags] as const))("walks the applicable pages in order (%s)", (_name, flags) => {
    const applicable = ORDER.filter((milestone) => applies(milestone, flags));
    const pages = applicable.map((_, done) => nextPage(sessionAfter(done, flags), flags));
    pages.push(nextPage(sessionAfter(applicable.length, flags), flags));
    const expected = applicable.map((milestone) => MILESTONES.find((definition) => definition.milestone === milestone)!.page);
    expect(pages).toEqual([...expected, "done"]);
    expect(wizardPages(flags)).toEqual([...new Set([...expected, "done"])]);
  });

  it("illegal transitions explain themselves", () => {
    const flags = FLAG_COMBINATIONS[0];
    const error = (() => {
      try {
        transition(sessionAfter(0, flags), "profile_completed", flags);
      } catch (caught) {
        return caught as IllegalTransitionError;
      }
    })();
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error?.message).toBe("The step profile_completed needs email_verified first.");
  });
});

describe("stepsOnPage", () => {
  it("maps every stored step to exactly one page, under every flag combination", () => {
    for (const flags of FLAG_COMBINATIONS) {
      const all = wizardPages(flags).flatMap((page) => stepsOnPage(page, flags));
      expect(all.sort()).toEqual(["completed", "email_verified", "profile_completed", "registered", "stripe_completed", "stripe_started", "terms_accepted"]);
    }
    expect(stepsOnPage("payouts", FLAG_COMBINATIONS[0])).toEqual(["profile_completed", "stripe_started"]);
    expect(stepsOnPage("terms", { emailVerification: false, stripeConnect: true })).toEqual(["registered", "email_verified"]);
  });
});
