import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { POST as resendWebhook } from "@/app/api/v1/webhooks/resend/route";
import { POST as sendgridWebhook } from "@/app/api/v1/webhooks/sendgrid/route";
import { POST as sesWebhook } from "@/app/api/v1/webhooks/ses/route";
import AccountExists from "@/emails/account-exists";
import AdminInvite from "@/emails/admin-invite";
import EmailChangeNotice from "@/emails/email-change-notice";
import EmailChangeVerify from "@/emails/email-change-verify";
import PasswordChanged from "@/emails/password-changed";
import PasswordReset from "@/emails/password-reset";
import PayoutsLink from "@/emails/payouts-link";
import PayoutsNeedsInformation from "@/emails/payouts-needs-information";
import PayoutsPaused from "@/emails/payouts-paused";
import PayoutsRejected from "@/emails/payouts-rejected";
import AdminCreatorRejected from "@/emails/admin-creator-rejected";
import VerifyEmail from "@/emails/verify-email";
import Welcome from "@/emails/welcome";
import { db } from "@/lib/db";
import { emailProvider, PermanentEmailError } from "@/lib/email/providers";
import { deliverEmail, type PreparedEmail } from "@/lib/email/send";
import { buildEmail, type EmailContent, type EmailTemplate } from "@/lib/email/templates";
import { resetEnvCache } from "@/lib/env";
import type { SandboxMessage, SignedMailEvent } from "@/lib/sandbox/mail";
import { withEnv } from "../../support/env";
import { callRoute } from "../../support/http";
import { mailSandbox } from "../../support/integration-database";
import { uniqueEmail } from "../../factories/users";
import Nudge from "@/emails/nudge";
import DeadlineReminder from "@/emails/deadline-reminder";

// The three providers behind one interface (issue 22): every template through each provider's
// official SDK to the sandbox, which speaks that provider's send API; each provider's signed
// events back through its own webhook, down to the suppression list; forgeries refused.

const PREVIEWS: Record<EmailTemplate, { PreviewProps: Record<string, unknown> }> = {
  "verify-email": VerifyEmail,
  "account-exists": AccountExists,
  welcome: Welcome,
  "payouts-link": PayoutsLink,
  "payouts-paused": PayoutsPaused,
  "payouts-rejected": PayoutsRejected,
  "payouts-needs-information": PayoutsNeedsInformation,
  "admin-creator-rejected": AdminCreatorRejected,
  "password-reset": PasswordReset,
  "password-changed": PasswordChanged,
  "email-change-verify": EmailChangeVerify,
  "email-change-notice": EmailChangeNotice,
  "admin-invite": AdminInvite,
  nudge: Nudge,
  "deadline-reminder": DeadlineReminder,
};

const FLAVORS = ["resend", "sendgrid", "ses"] as const;
type Flavor = (typeof FLAVORS)[number];

function useFlavor(flavor: Flavor) {
  process.env.EMAIL_SANDBOX_FLAVOR = flavor;
  resetEnvCache();
}

afterAll(() => useFlavor("resend"));

function prepared(template: EmailTemplate, to: string, language = "en"): PreparedEmail {
  const props = Object.fromEntries(Object.entries(PREVIEWS[template].PreviewProps).filter(([name]) => name !== "language" && name !== "support_email"));
  return { to, language, content: { template, props } as EmailContent };
}

async function received(address: string): Promise<SandboxMessage> {
  const response = await fetch(`${mailSandbox.url}/sandbox/messages?to=${encodeURIComponent(address)}`);
  const [message] = ((await response.json()) as { data: SandboxMessage[] }).data;
  if (!message) throw new Error(`the sandbox received nothing for ${address}`);
  return message;
}

const WEBHOOKS = { resend: [resendWebhook, "/api/v1/webhooks/resend"], sendgrid: [sendgridWebhook, "/api/v1/webhooks/sendgrid"], ses: [sesWebhook, "/api/v1/webhooks/ses"] } as const;

function post(event: SignedMailEvent, overrides: { payload?: string; headers?: Record<string, string> } = {}) {
  const [handler, path] = WEBHOOKS[event.flavor];
  return callRoute(handler, "POST", path, { rawBody: overrides.payload ?? event.payload, headers: overrides.headers ?? event.headers });
}

describe.each(FLAVORS)("%s", (flavor) => {
  it("sends every template through the provider's SDK, with the outbox row id attached", async () => {
    useFlavor(flavor);
    for (const template of Object.keys(PREVIEWS) as EmailTemplate[]) {
      const to = uniqueEmail(`${flavor}-${template}`);
      const outboxId = randomUUID();
      const delivery = await deliverEmail(outboxId, prepared(template, to, "fr"));
      expect(delivery).toMatchObject({ status: "sent", providerMessageId: expect.any(String) });
      const message = await received(to);
      const expected = buildEmail(prepared(template, to, "fr").content, "fr", "support@ofm.local");
      expect({ template, subject: message.subject }).toEqual({ template, subject: expected.subject });
      expect(message.html).toContain('lang="fr"');
      expect(message.text).toBeTruthy();
      if (flavor === "sendgrid") expect(message.tags).toMatchObject({ custom_args: { outbox_id: outboxId }, categories: [template] });
      if (flavor === "ses") expect(message.tags).toMatchObject({ ses_tags: { outbox_id: [outboxId], template: [template] } });
      expect(await db.emailLog.findUniqueOrThrow({ where: { outboxId } })).toMatchObject({ status: "sent", providerMessageId: delivery.status === "sent" ? delivery.providerMessageId : "" });
      // The same row delivered again (a relay that crashed after recording it) is not sent twice.
      await deliverEmail(outboxId, prepared(template, to, "fr"));
      const copies = ((await (await fetch(`${mailSandbox.url}/sandbox/messages?to=${encodeURIComponent(to)}`)).json()) as { data: unknown[] }).data;
      expect(copies).toHaveLength(1);
    }
    mailSandbox.takeEvents();
  });

  it("marketing mail carries List-Unsubscribe and one-click List-Unsubscribe-Post; transactional mail does not", async () => {
    useFlavor(flavor);
    const to = uniqueEmail(`${flavor}-unsubscribe`);
    const listUnsubscribe = { oneClick: "http://localhost:3000/api/v1/email-preferences/unsubscribe?token=t", mailto: "mailto:support@ofm.local?subject=unsubscribe" };
    await deliverEmail(randomUUID(), { ...prepared("nudge", to), listUnsubscribe });
    expect((await received(to)).headers).toMatchObject({ "List-Unsubscribe": `<${listUnsubscribe.oneClick}>, <${listUnsubscribe.mailto}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    const other = uniqueEmail(`${flavor}-transactional`);
    await deliverEmail(randomUUID(), prepared("password-reset", other));
    expect((await received(other)).headers).toEqual({});
    mailSandbox.takeEvents();
  });

  it("a request the provider refuses is permanent, the provider down is worth retrying", async () => {
    useFlavor(flavor);
    const email = { outboxId: randomUUID(), from: "OFM <onboarding@ofm.local>", subject: "Hello", html: "<p>Hello</p>", text: "Hello", template: "welcome" };
    const refused = await emailProvider().send({ ...email, to: "not-an-address" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PermanentEmailError);
    mailSandbox.setFault({ mode: "down" });
    try {
      const down = await emailProvider().send({ ...email, to: uniqueEmail(`${flavor}-down`) }).catch((error: unknown) => error);
      expect(down).toBeInstanceOf(Error);
      expect(down).not.toBeInstanceOf(PermanentEmailError);
      expect((down as Error).message).toMatch(/unavailable/i);
    } finally {
      mailSandbox.setFault({ mode: "none" });
    }
  });

  it("its signed bounce suppresses the address, and its delivery moves the status", async () => {
    useFlavor(flavor);
    const bounced = `bounced+${uniqueEmail(flavor).split("@")[0]}@example.test`;
    const outboxId = randomUUID();
    await deliverEmail(outboxId, prepared("welcome", bounced));
    const events = mailSandbox.takeEvents().filter((event) => event.flavor === flavor && event.payload.includes(bounced.split("@")[0]));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect((await post(event)).status).toBe(200);
    expect(await db.emailSuppression.findUnique({ where: { address: bounced } })).toMatchObject({ reason: expect.stringContaining("bounced") });
    expect(await db.emailLog.findUniqueOrThrow({ where: { outboxId } })).toMatchObject({ status: "bounced" });
    // No further mail to a suppressed address.
    expect(await deliverEmail(randomUUID(), prepared("welcome", bounced))).toEqual({ status: "suppressed" });

    const delivered = uniqueEmail(flavor);
    const deliveredRow = randomUUID();
    await deliverEmail(deliveredRow, prepared("welcome", delivered));
    for (const event of mailSandbox.takeEvents().filter((event) => event.flavor === flavor && event.payload.includes(delivered))) await post(event);
    expect(await db.emailLog.findUniqueOrThrow({ where: { outboxId: deliveredRow } })).toMatchObject({ status: "delivered" });
  });

  it("a forged or tampered event is refused and changes nothing", async () => {
    useFlavor(flavor);
    const complained = `complained+${uniqueEmail(flavor).split("@")[0]}@example.test`;
    await deliverEmail(randomUUID(), prepared("welcome", complained));
    const events = mailSandbox.takeEvents().filter((event) => event.flavor === flavor && event.payload.includes(complained.split("@")[0]));
    const last = events.at(-1)!;
    const tampered = await post(last, { payload: last.payload.replace(complained, `victim-${complained}`) });
    expect(tampered).toMatchObject({ status: 400, body: { error: { code: "signature_invalid" } } });
    // Unsigned: Resend and SendGrid sign in headers, SNS inside the body.
    const unsigned = flavor === "ses" ? await post(last, { payload: JSON.stringify({ ...JSON.parse(last.payload), Signature: undefined }) }) : await post(last, { headers: { "content-type": "application/json" } });
    expect(unsigned.status).toBe(400);
    expect(await db.emailSuppression.count({ where: { address: { in: [complained, `victim-${complained}`] } } })).toBe(0);
  });
});

describe("production configurations", () => {
  const email = (to: string) => ({ outboxId: randomUUID(), from: "OFM <onboarding@agency.example>", to, subject: "Hello", html: "<p>Hello</p>", text: "Hello", template: "welcome" });
  const production = { MAIL_SANDBOX_URL: undefined, EMAIL_PROVIDER: undefined };

  it("Resend with a real key: the SDK's own endpoint, the key sent as the bearer", async () => {
    await withEnv({ ...production, RESEND_API_KEY: "re_live_agency", RESEND_BASE_URL: mailSandbox.url }, async () => {
      const to = uniqueEmail("prod-resend");
      expect(emailProvider().name).toBe("resend");
      expect(await emailProvider().send(email(to))).toBeTruthy();
      expect((await received(to)).from).toBe("OFM <onboarding@agency.example>");
    });
  });

  it("SES with a region: the region's endpoint (overridden the AWS way), the configuration set that publishes the events", async () => {
    await withEnv({ ...production, SES_REGION: "eu-west-1", SES_CONFIGURATION_SET: "ofm-events", AWS_ENDPOINT_URL_SESV2: mailSandbox.url, AWS_ACCESS_KEY_ID: "AKIAAGENCY", AWS_SECRET_ACCESS_KEY: "agency-secret" }, async () => {
      const to = uniqueEmail("prod-ses");
      expect(emailProvider().name).toBe("ses");
      await emailProvider().send(email(to));
      expect((await received(to)).tags).toMatchObject({ configuration_set: "ofm-events", ses_tags: { template: ["welcome"] } });
    });
  });

  it("SendGrid with a key builds its client for api.sendgrid.com", async () => {
    await withEnv({ ...production, SENDGRID_API_KEY: "SG.agency" }, () => {
      expect(emailProvider().name).toBe("sendgrid");
    });
  });

  it("sandbox mode without a running sandbox says how to start it", async () => {
    await withEnv({ MAIL_SANDBOX_URL: undefined, EMAIL_PROVIDER: "sandbox" }, () => {
      expect(() => emailProvider()).toThrow(/npm run dev/);
    });
  });
});

describe("provider-specific forgeries", () => {
  it("SendGrid: a replayed body with an old timestamp is refused", async () => {
    useFlavor("sendgrid");
    const stale = mailSandbox.signSendGrid([{ event: "spamreport", email: "old@example.test", sg_event_id: randomUUID(), timestamp: 1 }], new Date(Date.now() - 10 * 60_000));
    expect((await post(stale)).body.error.code).toBe("signature_invalid");
  });

  it("SES: a notification whose certificate is not from SNS, or signed by another key, is refused", async () => {
    useFlavor("ses");
    const genuine = mailSandbox.signSns({ eventType: "Complaint", mail: { messageId: "x", destination: ["a@example.test"] }, complaint: { complainedRecipients: [{ emailAddress: "a@example.test" }] } });
    const elsewhere = JSON.stringify({ ...JSON.parse(genuine.payload), SigningCertURL: "https://attacker.example/SimpleNotificationService-x.pem" });
    expect((await post(genuine, { payload: elsewhere })).body.error.code).toBe("signature_invalid");
    const otherKey = JSON.stringify({ ...JSON.parse(genuine.payload), Signature: Buffer.from("not a signature").toString("base64") });
    expect((await post(genuine, { payload: otherKey })).body.error.code).toBe("signature_invalid");
    expect((await post(genuine)).status).toBe(200);
    expect(await db.emailSuppression.count({ where: { address: "a@example.test" } })).toBe(1);
  });
});
