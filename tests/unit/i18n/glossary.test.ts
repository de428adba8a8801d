import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import type { EmailTemplate } from "@/lib/email/templates";
import { formatDateTime, formatMoney, formatTimeZone, isTimeZone } from "@/lib/i18n/format";

// One word per payout state, in each language, wherever the state is named: the creator's badge
// (which the admin shows too), the email's subject and its name in the admin's email log.
const GLOSSARY = {
  en: { paused: "paused", rejected: "rejected", needs_information: "information" },
  fr: { paused: "suspendu", rejected: "refusé", needs_information: "informations" },
} as const;

const NAMED = (messages: typeof en) => ({
  paused: [messages.payout.states.paused, messages.emails.payoutsPaused.subject, messages.admin.creator.templates["payouts-paused"], messages.admin.creator.payoutsLost],
  rejected: [messages.payout.states.rejected, messages.emails.payoutsRejected.subject, messages.emails.adminCreatorRejected.subject, messages.admin.creator.templates["payouts-rejected"]],
  needs_information: [messages.payout.states.needs_information, messages.admin.creator.templates["payouts-needs-information"]],
});

describe("one glossary per payout state", () => {
  for (const [language, messages] of [["en", en], ["fr", fr as unknown as typeof en]] as const) {
    it(`names each state with the same word everywhere (${language})`, () => {
      const named = NAMED(messages);
      for (const [state, word] of Object.entries(GLOSSARY[language])) {
        for (const text of named[state as keyof typeof named]) expect(text.toLowerCase()).toContain(word);
      }
    });
  }

  it("never calls payouts by another name", () => {
    expect(JSON.stringify(en)).not.toMatch(/payouts lost|refused the account/i);
    expect(JSON.stringify(fr)).not.toMatch(/versement/i);
  });
});

describe("formats a reader understands", () => {
  it("names a time zone by its city and its name in the reader's language", () => {
    expect(formatTimeZone("Europe/London", "en")).toBe("London (United Kingdom Time)");
    expect(formatTimeZone("America/Argentina/Buenos_Aires", "fr")).toMatch(/^Argentina \/ Buenos Aires \(heure .*Argentine\)$/);
  });

  it("writes a moment in the reader's zone and names the zone", () => {
    const moment = new Date("2026-12-07T15:30:00Z");
    expect(formatDateTime(moment, "en", "America/New_York")).toBe("7 Dec 2026, 10:30 GMT-5");
    expect(formatDateTime(moment, "fr", "Europe/Paris")).toMatch(/^7 déc\. 2026.*16:30 UTC\+1$/);
    expect([isTimeZone("Europe/Paris"), isTimeZone("Mars/Olympus")]).toEqual([true, false]);
  });

  it("writes an amount with its everyday symbol, not the disambiguated one", () => {
    expect(formatMoney(14.99, "GBP", "fr")).toBe("14,99\u00a0£");
    expect(formatMoney(14.99, "GBP", "en")).toBe("£14.99");
  });
});

describe("the admin's email log", () => {
  // Every template the app sends (a new one fails to compile here until it is listed).
  const TEMPLATES = { "verify-email": true, "account-exists": true, welcome: true, "payouts-link": true, "payouts-paused": true, "payouts-rejected": true, "payouts-needs-information": true, "admin-creator-rejected": true, "password-reset": true, "password-changed": true, "email-change-verify": true, "email-change-notice": true, "admin-invite": true, nudge: true, "deadline-reminder": true } satisfies Record<EmailTemplate, true>;

  for (const [language, messages] of [["en", en], ["fr", fr as unknown as typeof en]] as const) {
    it(`names every template in words, never by its key (${language})`, () => {
      const names = messages.admin.creator.templates as Record<string, string>;
      for (const template of Object.keys(TEMPLATES)) expect({ template, named: typeof names[template] === "string" && names[template] !== template }).toEqual({ template, named: true });
    });
  }
});
