import { createVerify } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { parseJsonOrUndefined } from "@/lib/http/json";
import { logger } from "@/lib/observability/logger";
import { applyDeliveryEvent, type DeliveryKind, type EmailWebhookResult } from "@/lib/email/delivery-events";

// Amazon SES delivery events arrive through SNS: an HTTPS POST whose JSON body is signed by
// SNS. A bounce or complaint suppresses an address (password-reset mail included), so a message
// is read only when every rule holds, cheapest first, before any certificate is fetched:
// - the route exists only while SES (or the local sandbox, which speaks SNS) sends the mail;
// - the message comes from the configured topic (SES_SNS_TOPIC_ARN);
// - it was published within the last hour (a replayed capture is refused);
// - a subscription's SubscribeURL is SNS's own host in the topic's region;
// - the signature verifies as AWS documents it (the canonical string of the message's fields,
//   RSA with SHA1 for SignatureVersion 1 or SHA256 for 2) against the certificate at
//   SigningCertURL, an SNS host of AWS (in sandbox mode, the local mail sandbox).

/** The topic the local mail sandbox publishes to, trusted in sandbox mode only. */
export const SANDBOX_SNS_TOPIC_ARN = "arn:aws:sns:eu-west-1:000000000000:ofm-sandbox-ses-events";
const MAX_AGE_MS = 60 * 60_000;
// SNS's clock and ours may disagree a little; a message from further in the future is forged.
const CLOCK_SKEW_MS = 5 * 60_000;

const SnsMessage = z.object({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1),
  TopicArn: z.string().min(1),
  Subject: z.string().optional(),
  Message: z.string(),
  Timestamp: z.string(),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1),
  SigningCertURL: z.url(),
  SubscribeURL: z.url().optional(),
  Token: z.string().optional(),
});
type SnsMessage = z.infer<typeof SnsMessage>;

const AWS_CERT_URL = /^https:\/\/sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/SimpleNotificationService-[a-zA-Z0-9]+\.pem$/;

function inSandbox(): boolean {
  return env().EMAIL_PROVIDER === "sandbox";
}

function certificateUrlAllowed(url: string): boolean {
  const sandboxUrl = env().MAIL_SANDBOX_URL;
  if (inSandbox()) return Boolean(sandboxUrl) && url.startsWith(`${sandboxUrl}/`);
  return AWS_CERT_URL.test(url);
}

/** SNS's endpoint in the topic's region (arn:aws:sns:<region>:<account>:<name>); China's ends in .com.cn. */
function snsOrigin(topicArn: string): string | undefined {
  const [, partition, service, region] = topicArn.split(":");
  if (service !== "sns" || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region ?? "")) return undefined;
  return `https://sns.${region}.amazonaws.com${partition === "aws-cn" ? ".cn" : ""}`;
}

/** Confirming a subscription fetches this URL: only SNS's own host for the topic, at its root. */
function subscribeUrlAllowed(url: string, topicArn: string): boolean {
  const origin = inSandbox() ? env().MAIL_SANDBOX_URL && new URL(env().MAIL_SANDBOX_URL!).origin : snsOrigin(topicArn);
  const parsed = URL.parse(url);
  return Boolean(origin) && parsed !== null && parsed.origin === origin && parsed.pathname === "/" && !parsed.username && !parsed.password;
}

function expectedTopic(): string {
  const topic = inSandbox() ? SANDBOX_SNS_TOPIC_ARN : env().SES_SNS_TOPIC_ARN;
  if (!topic) throw new AppError("service_unavailable", 503, "SES_SNS_TOPIC_ARN is not configured.");
  return topic;
}

const certificates = new Map<string, Promise<string>>();

async function certificate(url: string): Promise<string> {
  if (!certificates.has(url)) {
    const fetched = fetch(url, { signal: AbortSignal.timeout(5000) }).then(async (response) => {
      if (!response.ok) throw new Error(`certificate fetch answered ${response.status}`);
      return response.text();
    });
    fetched.catch(() => certificates.delete(url));
    certificates.set(url, fetched);
  }
  return certificates.get(url)!;
}

/** The string SNS signs: these fields, in this order, each as "Name\nvalue\n". */
function stringToSign(message: SnsMessage): string {
  const fields = message.Type === "Notification" ? (["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"] as const) : (["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"] as const);
  return fields
    .filter((field) => message[field] !== undefined)
    .map((field) => `${field}\n${message[field]}\n`)
    .join("");
}

async function verifySnsMessage(rawBody: string): Promise<SnsMessage> {
  let parsed: SnsMessage;
  try {
    parsed = SnsMessage.parse(JSON.parse(rawBody));
  } catch {
    throw new AppError("signature_invalid", 400, "Not a signed SNS message.");
  }
  if (parsed.TopicArn !== expectedTopic()) throw new AppError("forbidden", 403, "Notifications from this SNS topic are not accepted.");
  const published = Date.parse(parsed.Timestamp);
  const now = Date.now();
  if (Number.isNaN(published) || published < now - MAX_AGE_MS || published > now + CLOCK_SKEW_MS) throw new AppError("signature_invalid", 400, "The SNS message was not published within the last hour (a replay?).");
  if (parsed.Type === "SubscriptionConfirmation" && !(parsed.SubscribeURL && subscribeUrlAllowed(parsed.SubscribeURL, parsed.TopicArn))) {
    throw new AppError("signature_invalid", 400, "The SubscribeURL is not SNS's endpoint for the topic's region.");
  }
  if (!certificateUrlAllowed(parsed.SigningCertURL)) throw new AppError("signature_invalid", 400, "The signing certificate is not from SNS.");
  const pem = await certificate(parsed.SigningCertURL).catch(() => {
    throw new AppError("service_unavailable", 503, "The SNS signing certificate could not be fetched.");
  });
  const verifier = createVerify(parsed.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256");
  verifier.update(stringToSign(parsed), "utf8");
  let valid = false;
  try {
    valid = verifier.verify(pem, parsed.Signature, "base64");
  } catch {
    valid = false;
  }
  if (!valid) throw new AppError("signature_invalid", 400, "The SNS signature does not verify.");
  return parsed;
}

const SesEvent = z
  .object({
    eventType: z.string().optional(),
    notificationType: z.string().optional(),
    mail: z.object({ messageId: z.string(), timestamp: z.string().optional(), destination: z.array(z.string()).default([]), tags: z.record(z.string(), z.array(z.string())).optional() }).loose(),
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string() }).loose()).default([]), timestamp: z.string().optional() }).loose().optional(),
    complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() }).loose()).default([]), timestamp: z.string().optional() }).loose().optional(),
    delivery: z.object({ timestamp: z.string().optional() }).loose().optional(),
  })
  .loose();

const KINDS: Record<string, DeliveryKind> = { Send: "sent", Delivery: "delivered", DeliveryDelay: "delivery_delayed", Bounce: "bounced", Complaint: "complained", Reject: "failed", "Rendering Failure": "failed" };

export async function handleSesWebhook(rawBody: string): Promise<EmailWebhookResult> {
  const current = env();
  if (current.EMAIL_PROVIDER !== "ses" && current.EMAIL_PROVIDER !== "sandbox") throw new AppError("not_found", 404, "Amazon SES is not this deployment's email provider.");
  const message = await verifySnsMessage(rawBody);
  if (message.Type === "SubscriptionConfirmation") {
    // Topic, age, host and signature were checked: confirming subscribes this endpoint.
    await fetch(message.SubscribeURL!, { signal: AbortSignal.timeout(5000) });
    logger().info({ topic: message.TopicArn }, "SNS subscription confirmed");
    return { outcome: "processed", type: "SubscriptionConfirmation" };
  }
  if (message.Type !== "Notification") return { outcome: "ignored", type: message.Type };
  const parsed = SesEvent.safeParse(parseJsonOrUndefined(message.Message));
  if (!parsed.success) return { outcome: "ignored", type: "unreadable" };
  const event = parsed.data;
  const type = event.eventType ?? event.notificationType ?? "unknown";
  const kind = KINDS[type];
  if (!kind) return { outcome: "ignored", type };
  const addresses = event.bounce?.bouncedRecipients.map((entry) => entry.emailAddress) ?? event.complaint?.complainedRecipients.map((entry) => entry.emailAddress) ?? event.mail.destination;
  const suppression = kind === "bounced" ? (event.bounce?.bounceType === "Permanent" ? "bounced: permanent (SES)" : null) : kind === "complained" ? "complained: the recipient marked the email as spam" : null;
  // When it happened: the bounce, complaint or delivery time; a Send is as old as the mail itself
  // (the notification's own timestamp is when SNS published it, later).
  const when = event.bounce?.timestamp ?? event.complaint?.timestamp ?? event.delivery?.timestamp ?? (type === "Send" ? event.mail.timestamp : undefined) ?? message.Timestamp;
  const outcome = await applyDeliveryEvent({
    id: message.MessageId,
    provider: "ses",
    kind,
    messageId: event.mail.messageId,
    outboxId: event.mail.tags?.outbox_id?.[0] ?? null,
    addresses,
    occurredAt: new Date(Number.isNaN(Date.parse(when)) ? Date.now() : Date.parse(when)),
    suppression,
    payload: event,
  });
  return { outcome, type };
}
