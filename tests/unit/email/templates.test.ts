import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/lib/i18n";
import { renderEmail } from "@/lib/email/send";

const verify = {
  template: "verify-email" as const,
  props: { verification_url: "https://app.example/verify-email?token=abc_DEF-123", user_email: "lea@example.com", expires_minutes: 1440 },
};

describe("email templates", () => {
  it("render the verification email in English, HTML and text, with the link, address and expiry", async () => {
    const email = await renderEmail(verify, "en");
    expect(email.subject).toBe("Confirm your email address");
    expect(email.html).toContain('href="https://app.example/verify-email?token=abc_DEF-123"');
    expect(email.html).toContain('lang="en"');
    expect(email.text).toContain("lea@example.com");
    expect(email.text).toContain("https://app.example/verify-email?token=abc_DEF-123");
    expect(email.text).toContain("expires in 24 hours");
  });

  it("render the verification email in French", async () => {
    const email = await renderEmail({ ...verify, props: { ...verify.props, expires_minutes: 30 } }, "fr");
    expect(email.subject).toBe("Confirmez votre adresse e-mail");
    expect(email.html).toContain('lang="fr"');
    expect(email.text).toContain("Vérifier mon e-mail");
    expect(email.text).toContain("expire dans 30 minutes");
  });

  it.each(LANGUAGES)("render the account-exists and welcome emails (%s)", async (language) => {
    const exists = await renderEmail({ template: "account-exists", props: { user_email: "lea@example.com", sign_in_url: "https://app.example/login" } }, language);
    const welcome = await renderEmail({ template: "welcome", props: { dashboard_url: "https://app.example/dashboard" } }, language);
    expect(exists.html).toContain("https://app.example/login");
    expect(welcome.html).toContain("https://app.example/dashboard");
    expect(exists.subject).toBe(language === "fr" ? "Quelqu'un a essayé de s'inscrire avec votre e-mail" : "Someone tried to sign up with your email");
    expect(welcome.subject).toBe(language === "fr" ? "Vos paiements sont activés" : "Your payouts are active");
  });

  it("falls back to English for an unknown language", async () => {
    expect((await renderEmail(verify, "de")).subject).toBe("Confirm your email address");
  });
});

describe("rendering once per template", () => {
  it("gives the same result as a fresh render, with values HTML-escaped", async () => {
    const tricky = { ...verify, props: { ...verify.props, user_email: "o'brien+<tag>@example.com", verification_url: "https://app.example/verify-email?token=a&b=1" } };
    const first = await renderEmail(tricky, "en");
    const second = await renderEmail({ ...verify, props: { ...verify.props, user_email: "lea@example.com" } }, "en");
    expect(first.html).toContain("o&#x27;brien+&lt;tag&gt;@example.com");
    expect(first.html).toContain('href="https://app.example/verify-email?token=a&amp;b=1"');
    expect(first.text).toContain("o'brien+<tag>@example.com");
    expect(second.html).toContain("lea@example.com");
    expect(second.html).not.toContain("brien");
    expect(first.html).not.toMatch(/ofmslot/);
  });
});
