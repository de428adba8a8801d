import { describe, expect, it } from "vitest";
import { CreatorFilters, csvHeader, csvLines, type CreatorRow } from "@/lib/admin/creators";

// The creators table's filters as the form sends them, and the CSV an admin opens in a
// spreadsheet: a value a spreadsheet would run as a formula is defused, quoting is RFC 4180.

const row = (overrides: Partial<CreatorRow> = {}): CreatorRow => ({
  id: "user_1",
  email: "ana@example.test",
  handle: "ana",
  language: "en",
  country: "FR",
  page: "profile",
  currentStep: "terms_accepted",
  payout: "not_started",
  signedUpAt: new Date("2026-11-01T10:00:00Z"),
  lastActivityAt: new Date("2026-11-02T10:00:00Z"),
  activatedAt: null,
  disabled: false,
  emailVerified: true,
  profileCompleted: false,
  duplicateHandle: false,
  tags: [],
  ...overrides,
});

const cells = (line: string) => line.replace(/\r\n$/, "");

describe("CreatorFilters", () => {
  it("reads the funnel's filters (furthest step, sign-up days), empty as none, and refuses others", () => {
    expect(CreatorFilters.parse({ lastStep: "", signedUpFrom: "", signedUpTo: "" })).toMatchObject({ lastStep: undefined, signedUpFrom: undefined, signedUpTo: undefined });
    expect(CreatorFilters.parse({ lastStep: "email_verified", signedUpFrom: "2026-11-01", signedUpTo: "2026-11-30" })).toMatchObject({ lastStep: "email_verified", signedUpFrom: "2026-11-01", signedUpTo: "2026-11-30" });
    expect(CreatorFilters.safeParse({ lastStep: "everything" }).success).toBe(false);
    expect(CreatorFilters.safeParse({ signedUpFrom: "yesterday" }).success).toBe(false);
  });

  it("reads the form's empty selects as no filter", () => {
    expect(CreatorFilters.parse({ tag: "", step: "", payout: "", language: "", stuckDays: "" })).toMatchObject({ tag: undefined, step: undefined, payout: undefined, language: undefined, stuckDays: undefined });
    expect(CreatorFilters.parse({ step: "payouts", stuckDays: "7", tag: " VIP " })).toMatchObject({ step: "payouts", stuckDays: 7, tag: "vip" });
  });
});

describe("the CSV export", () => {
  it("defuses values a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const [, email] = cells(csvLines([row({ email: `${start}HYPERLINK("https://evil.example")@x.test` })])).split(",");
      expect(email.replace(/^"/, "").startsWith(`'${start}`)).toBe(true);
    }
  });

  it("quotes commas, quotes and line breaks (RFC 4180), and writes empty cells for what is missing", () => {
    const line = cells(csvLines([row({ handle: 'the "best", really\nyes', country: null, activatedAt: new Date("2026-11-03T00:00:00Z"), tags: ["vip", "fr"] })]));
    expect(line).toBe('user_1,ana@example.test,"the ""best"", really\nyes",en,,profile,terms_accepted,not_started,2026-11-01T10:00:00.000Z,2026-11-02T10:00:00.000Z,2026-11-03T00:00:00.000Z,false,vip fr');
    expect(cells(csvLines([row({ handle: null })])).split(",")[2]).toBe("");
    expect(csvHeader().split(",")).toHaveLength(line.split(",").length - 1);
  });
});
