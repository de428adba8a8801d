import { describe, expect, it } from "vitest";
import type { PayoutState } from "@/lib/db";
import type { WizardPage } from "@/lib/onboarding/machine";
import { DASHBOARD_URL, dashboardOpen, resumeUrl } from "@/lib/onboarding/wizard";

// Where a creator lands when they come back: the wizard page that is next, or the dashboard once
// they are finished or only Stripe can move them on.

const at = (next: WizardPage | "done", state: PayoutState = "not_started") => ({ next, payout: { state } }) as Parameters<typeof resumeUrl>[0];

describe("resumeUrl", () => {
  it.each([
    ["finished", at("done", "active"), DASHBOARD_URL],
    ["sent everything, Stripe verifying", at("payouts", "verifying"), DASHBOARD_URL],
    ["sent everything, Stripe reviewing", at("payouts", "under_review"), DASHBOARD_URL],
    ["Stripe wants more", at("payouts", "needs_information"), "/onboarding/payouts"],
    ["not connected yet", at("payouts"), "/onboarding/payouts"],
    ["profile next", at("profile"), "/onboarding/profile"],
  ] as const)("%s → %s", (_name, onboarding, url) => {
    expect(resumeUrl(onboarding)).toBe(url);
    expect(dashboardOpen(onboarding)).toBe(url === DASHBOARD_URL);
  });
});
