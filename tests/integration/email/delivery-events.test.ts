import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as resendWebhook } from "@/app/api/v1/webhooks/resend/route";
import { POST as sendgridWebhook } from "@/app/api/v1/webhooks/sendgrid/route";
import { POST as sesWebhook } from "@/app/api/v1/webhooks/ses/route";
import { db } from "@/lib/db";
import type { SignedMailEvent } from "@/lib/sandbox/mail";
import { withEnv } from "../../support/env";
import { callRoute } from "../../support/http";
import { mailSandbox } from "../../support/integration-database";
import { startRecordingServer } from "../../support/recording-server";
import { uniqueEmail } from "../../factories/users";

// What each provider's own events do, as each provider documents them: which ones put an address
// on the suppression list (hard bounces, complaints, provider drops) and which do not (soft
// bounces, SendGrid's "blocked", delays), which are only acknowledged (opens, clicks, SNS
// housekeeping), and bodies a provider would never send refused with a 4xx, never a 500.

const ROUTES = { resend: [resendWebhook, "/api/v1/webhooks/resend"], sendgrid: [sendgridWebhook, "/api/v1/webhooks/sendgrid"], ses: [sesWebhook, "/api/v1/webhooks/ses"] } as const;

async function deliver(event: SignedMailEvent, headers = event.headers) {
  const [handler, path] = ROUTES[event.flavor];
  return callRoute(handler, "POST", path, { rawBody: event.payload, headers });
}

async function suppressionOf(address: string): Promise<string | null> {
  return (await db.emailSuppression.findUnique({ where: { address } }))?.reason ?? null;
}

function resendEvent(type: string, to: string, extra: Record<string, unknown> = {}, at?: Date) {
  return mailSandbox.sign(type, { id: randomUUID(), from: "OFM <onboarding@ofm.local>", to: [to], subject: "Hello", created_at: new Date().toISOString() }, at, extra);
}

describe("Resend's events", () => {
  it("a permanent bounce suppresses with Resend's reason, a transient one does not, and the provider's own suppression is kept", async () => {
    const [hard, soft, suppressed, bare] = ["hard", "soft", "suppressed", "bare"].map((name) => uniqueEmail(`resend-${name}`));
    expect((await deliver(resendEvent("email.bounced", hard, { bounce: { type: "Permanent", subType: "General", message: "No such mailbox" } }))).status).toBe(200);
    expect((await deliver(resendEvent("email.bounced", soft, { bounce: { type: "Transient", subType: "MailboxFull" } }))).status).toBe(200);
    expect((await deliver(resendEvent("email.suppressed", suppressed))).status).toBe(200);
    expect((await deliver(resendEvent("email.bounced", bare, { bounce: { type: "Permanent", subType: "Suppressed" } }))).status).toBe(200);
    expect(await suppressionOf(hard)).toBe("bounced: No such mailbox");
    expect(await suppressionOf(soft)).toBeNull();
    expect(await suppressionOf(suppressed)).toBe("suppressed by the provider");
    expect(await suppressionOf(bare)).toBe("bounced: Suppressed");
  });

  it("an event type we do not act on (opens, clicks, contacts) is acknowledged and changes nothing", async () => {
    const opened = resendEvent("email.opened", uniqueEmail("resend-opened"));
    const response = await deliver(opened);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ outcome: "ignored", type: "email.opened" });
    expect(await db.emailEvent.count({ where: { id: `resend:${opened.id}` } })).toBe(0);
    const delivered = resendEvent("email.delivered", uniqueEmail("resend-delivered"));
    await deliver(delivered);
    expect(await db.emailEvent.count({ where: { id: `resend:${delivered.id}` } })).toBe(1);
  });

  it("without a signing secret configured it answers 503, reading nothing", async () => {
    await withEnv({ EMAIL_PROVIDER: "resend", RESEND_API_KEY: "re_test_key", RESEND_WEBHOOK_SECRET: undefined }, async () => {
      const response = await deliver(resendEvent("email.complained", uniqueEmail("resend-unconfigured")));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.body.error.code).toBe("service_unavailable");
    });
  });
});

describe("SendGrid's Event Webhook", () => {
  const sendgridEvent = (fields: Record<string, unknown>) => ({ sg_event_id: randomUUID(), timestamp: Math.floor(Date.now() / 1000), ...fields });

  it("suppresses on a bounce, a spam report and a drop (with SendGrid's reason), never on a blocked bounce or a deferral", async () => {
    const addresses = Object.fromEntries(["bounce", "bare", "blocked", "spam", "dropped", "dropped-bare", "deferred"].map((name) => [name, uniqueEmail(`sg-${name}`)]));
    const body = mailSandbox.signSendGrid([
      sendgridEvent({ event: "bounce", email: addresses.bounce, reason: "550 5.1.1 unknown user" }),
      sendgridEvent({ event: "bounce", email: addresses.bare }),
      sendgridEvent({ event: "bounce", type: "blocked", email: addresses.blocked, reason: "IP reputation" }),
      sendgridEvent({ event: "spamreport", email: addresses.spam }),
      sendgridEvent({ event: "dropped", email: addresses.dropped, reason: "Unsubscribed Address" }),
      sendgridEvent({ event: "dropped", email: addresses["dropped-bare"] }),
      sendgridEvent({ event: "deferred", email: addresses.deferred, response: "421 try later" }),
      sendgridEvent({ event: "open", email: addresses.deferred }),
    ]);
    const response = await deliver(body);
    expect(response.status).toBe(200);
    expect(await suppressionOf(addresses.bounce)).toBe("bounced: 550 5.1.1 unknown user");
    expect(await suppressionOf(addresses.bare)).toBe("bounced: permanent");
    expect(await suppressionOf(addresses.blocked)).toBeNull();
    expect(await suppressionOf(addresses.spam)).toBe("complained: the recipient marked the email as spam");
    expect(await suppressionOf(addresses.dropped)).toBe("dropped by SendGrid: Unsubscribed Address");
    expect(await suppressionOf(addresses["dropped-bare"])).toBe("dropped by SendGrid: suppressed");
    expect(await suppressionOf(addresses.deferred)).toBeNull();
  });

  it("an event without an address or a time is recorded, suppressing no one", async () => {
    const id = randomUUID();
    expect((await deliver(mailSandbox.signSendGrid([{ event: "spamreport", sg_event_id: id }]))).status).toBe(200);
    expect(await db.emailEvent.findUnique({ where: { id: `sendgrid:${id}` } })).toMatchObject({ type: "email.complained" });
  });

  it("refuses a signed body that is not a list of events, and missing signature headers, with 400", async () => {
    const notAList = mailSandbox.signSendGrid([]);
    const object = { ...notAList, payload: "{}" };
    const resigned = mailSandbox.signSendGrid([{ event: "processed" }]);
    expect((await deliver(resigned)).body.error.code).toBe("invalid_body");
    expect((await deliver(object)).body.error.code).toBe("signature_invalid");
    expect((await deliver(notAList, { "content-type": "application/json" })).body.error.code).toBe("signature_invalid");
  });

  it("without the webhook's public key configured it answers 503", async () => {
    await withEnv({ EMAIL_PROVIDER: "sendgrid", SENDGRID_API_KEY: "SG.test", SENDGRID_WEBHOOK_PUBLIC_KEY: undefined }, async () => {
      const response = await deliver(mailSandbox.signSendGrid([{ event: "bounce", sg_event_id: randomUUID() }]));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.body.error.code).toBe("service_unavailable");
    });
  });
});

describe("SES events through SNS", () => {
  const mail = (to: string) => ({ messageId: randomUUID(), timestamp: new Date().toISOString(), destination: [to] });

  it("confirms a subscription by visiting its SubscribeURL, once the confirmation's signature verifies", async () => {
    const confirmation = mailSandbox.signSnsMessage({ Type: "SubscriptionConfirmation", Message: "You have chosen to subscribe to the topic.", SubscribeURL: mailSandbox.snsSubscribeUrl("abc"), Token: "abc" });
    const response = await deliver(confirmation);
    expect(response.body.data).toMatchObject({ outcome: "processed", type: "SubscriptionConfirmation" });
    expect(mailSandbox.snsConfirmations()).toEqual(["abc"]);
    const tampered = { ...confirmation, payload: confirmation.payload.replace("Token=abc", "Token=abd") };
    expect((await deliver(tampered)).body.error.code).toBe("signature_invalid");
    expect(mailSandbox.snsConfirmations()).toEqual(["abc"]);
  });

  it("verifies SNS's default SignatureVersion 1 (SHA-1) as well as 2", async () => {
    const address = uniqueEmail("ses-v1");
    const event = { eventType: "Complaint", mail: mail(address), complaint: { complainedRecipients: [{ emailAddress: address }] } };
    expect((await deliver(mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify(event) }, "1"))).status).toBe(200);
    expect(await suppressionOf(address)).toBe("complained: the recipient marked the email as spam");
  });

  it("suppresses on a permanent bounce only, reads SES's older notificationType, and records rejections as failures", async () => {
    const [permanent, transient, legacy, rejected] = ["permanent", "transient", "legacy", "rejected"].map((name) => uniqueEmail(`ses-${name}`));
    const bounce = (address: string, bounceType: string) => ({ bounce: { bounceType, bouncedRecipients: [{ emailAddress: address }], timestamp: "not a date" } });
    await deliver(mailSandbox.signSns({ eventType: "Bounce", mail: mail(permanent), ...bounce(permanent, "Permanent") }));
    await deliver(mailSandbox.signSns({ eventType: "Bounce", mail: mail(transient), ...bounce(transient, "Transient") }));
    await deliver(mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify({ notificationType: "Bounce", mail: mail(legacy), ...bounce(legacy, "Permanent") }) }));
    const reject = mail(rejected);
    expect((await deliver(mailSandbox.signSns({ eventType: "Reject", mail: reject, reject: { reason: "Bad content" } }))).body.data).toMatchObject({ outcome: "processed", type: "Reject" });
    expect(await suppressionOf(permanent)).toBe("bounced: permanent (SES)");
    expect(await suppressionOf(transient)).toBeNull();
    expect(await suppressionOf(legacy)).toBe("bounced: permanent (SES)");
    expect(await suppressionOf(rejected)).toBeNull();
    expect(await db.emailEvent.findFirst({ where: { providerMessageId: reject.messageId } })).toMatchObject({ type: "email.failed" });
  });

  it("acknowledges what it does not act on: opens, unsubscribe confirmations, and a message that is not an SES event", async () => {
    expect((await deliver(mailSandbox.signSns({ eventType: "Open", mail: mail(uniqueEmail("ses-open")) }))).body.data).toMatchObject({ outcome: "ignored", type: "Open" });
    expect((await deliver(mailSandbox.signSnsMessage({ Type: "UnsubscribeConfirmation", Message: "unsubscribed", SubscribeURL: "https://example.test/resubscribe", Token: "t" }))).body.data).toMatchObject({ outcome: "ignored", type: "UnsubscribeConfirmation" });
    expect((await deliver(mailSandbox.signSnsMessage({ Type: "Notification", Message: "not json at all" }))).body.data).toMatchObject({ outcome: "ignored", type: "unreadable" });
    expect((await deliver(mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify({ eventType: "Bounce" }) }))).body.data).toMatchObject({ outcome: "ignored", type: "unreadable" });
  });

  it("answers 503 when the signing certificate cannot be fetched, and 400 for a body that is not an SNS message", async () => {
    const event = mailSandbox.signSns({ eventType: "Send", mail: mail(uniqueEmail("ses-cert")) });
    const missingCertificate = { ...event, payload: JSON.stringify({ ...JSON.parse(event.payload), SigningCertURL: `${mailSandbox.url}/sandbox/sns/missing.pem` }) };
    const response = await deliver(missingCertificate);
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe("service_unavailable");
    expect((await deliver({ ...event, payload: "[]" })).body.error.code).toBe("signature_invalid");
  });
});

// As an attacker would try it: a correctly signed message that must still be refused. SNS signs
// for every topic of every AWS account, so a valid signature alone proves nothing about who sent it.
describe("SNS messages the SES webhook refuses", () => {
  const bounce = (address: string) => ({ eventType: "Bounce", mail: { messageId: randomUUID(), destination: [address] }, bounce: { bounceType: "Permanent", bouncedRecipients: [{ emailAddress: address }] } });

  it("answers 404 unless SES (or the sandbox) sends the mail, and suppresses nobody", async () => {
    const victim = uniqueEmail("ses-not-provider");
    for (const provider of ["resend", "sendgrid"]) {
      const response = await withEnv({ EMAIL_PROVIDER: provider, RESEND_API_KEY: "re_test", SENDGRID_API_KEY: "SG.test" }, () => deliver(mailSandbox.signSns(bounce(victim))));
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("not_found");
    }
    expect(await suppressionOf(victim)).toBeNull();
  });

  it("refuses a signed bounce from another topic with 403", async () => {
    const victim = uniqueEmail("ses-other-topic");
    const foreign = mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify(bounce(victim)), TopicArn: "arn:aws:sns:eu-west-1:999999999999:attacker-topic" });
    const response = await deliver(foreign);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
    // With SES configured, the topic is SES_SNS_TOPIC_ARN: the sandbox's own topic is foreign there.
    const production = await withEnv({ EMAIL_PROVIDER: "ses", SES_REGION: "eu-west-1", SES_SNS_TOPIC_ARN: "arn:aws:sns:eu-west-1:123456789012:ofm-events" }, () => deliver(mailSandbox.signSns(bounce(victim))));
    expect(production.status).toBe(403);
    // SES without a topic configured accepts nothing.
    const unconfigured = await withEnv({ EMAIL_PROVIDER: "ses", SES_REGION: "eu-west-1", SES_SNS_TOPIC_ARN: undefined }, () => deliver(mailSandbox.signSns(bounce(victim))));
    expect(unconfigured.status).toBe(503);
    expect(await suppressionOf(victim)).toBeNull();
  });

  it("refuses a signed message published more than an hour ago (a replayed capture), or dated in the future", async () => {
    const victim = uniqueEmail("ses-replayed");
    const old = mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify(bounce(victim)) }, "2", new Date(Date.now() - 61 * 60_000));
    const future = mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify(bounce(victim)) }, "2", new Date(Date.now() + 10 * 60_000));
    for (const message of [old, future]) {
      const response = await deliver(message);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("signature_invalid");
    }
    expect(await suppressionOf(victim)).toBeNull();
    // 59 minutes old is still SNS retrying a delivery: accepted.
    expect((await deliver(mailSandbox.signSnsMessage({ Type: "Notification", Message: JSON.stringify(bounce(victim)) }, "2", new Date(Date.now() - 59 * 60_000)))).status).toBe(200);
    expect(await suppressionOf(victim)).toBe("bounced: permanent (SES)");
  });

  it("never fetches a SubscribeURL that is not SNS's endpoint for the topic's region", async () => {
    const target = await startRecordingServer();
    try {
      const hostile = [`${target.url}/?Action=ConfirmSubscription&Token=t`, `${mailSandbox.url}/elsewhere?Action=ConfirmSubscription&Token=t`, `http://user:pass@${new URL(mailSandbox.url).host}/?Token=t`];
      for (const url of hostile) {
        const response = await deliver(mailSandbox.signSnsMessage({ Type: "SubscriptionConfirmation", Message: "subscribe", SubscribeURL: url, Token: "t" }));
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe("signature_invalid");
      }
      expect(target.received).toHaveLength(0);
      expect(mailSandbox.snsConfirmations()).not.toContain("t");
    } finally {
      await target.close();
    }
  });

  it("with SES configured, a SubscribeURL must be https://sns.<the topic's region>.amazonaws.com/", async () => {
    const topic = "arn:aws:sns:eu-west-1:123456789012:ofm-events";
    const confirm = (subscribeUrl: string) =>
      withEnv({ EMAIL_PROVIDER: "ses", SES_REGION: "eu-west-1", SES_SNS_TOPIC_ARN: topic }, () => deliver(mailSandbox.signSnsMessage({ Type: "SubscriptionConfirmation", Message: "subscribe", SubscribeURL: subscribeUrl, Token: "t", TopicArn: topic })));
    for (const url of ["https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=t", "http://sns.eu-west-1.amazonaws.com/?Token=t", "https://sns.eu-west-1.amazonaws.com.attacker.example/?Token=t", "https://attacker.example/?Token=t"]) {
      expect((await confirm(url)).body.error.message).toContain("SubscribeURL");
    }
    // The right host passes that rule and meets the next: the certificate must be SNS's (the sandbox's is not).
    expect((await confirm(`https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${topic}&Token=t`)).body.error.message).toContain("certificate is not from SNS");
  });
});
