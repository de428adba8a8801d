import { render } from "@react-email/render";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { emailProvider } from "@/lib/email/providers";
import { buildEmail, type EmailContent } from "@/lib/email/templates";
import { metrics } from "@/lib/observability/metrics";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The email for its own values: the subject, and the HTML and plain-text versions of one render. */
export async function renderEmail(content: EmailContent, language: string): Promise<RenderedEmail> {
  const { subject, element } = buildEmail(content, language, env().SUPPORT_EMAIL);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

/** An email ready to send: who to, in which language, and the template with its props. */
export interface PreparedEmail {
  userId?: string;
  to: string;
  language: string;
  content: EmailContent;
  /** Marketing mail: where one click unsubscribes (RFC 8058) and the mailto alternative (RFC 2369). */
  listUnsubscribe?: { oneClick: string; mailto: string };
}

/** The headers Gmail's and Yahoo's bulk-sender rules ask of marketing mail. */
function unsubscribeHeaders(target: PreparedEmail["listUnsubscribe"]): Record<string, string> | undefined {
  if (!target) return undefined;
  return { "List-Unsubscribe": `<${target.oneClick}>, <${target.mailto}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export type Delivery = { status: "sent"; providerMessageId: string } | { status: "suppressed" };

export { PermanentEmailError } from "@/lib/email/providers";

async function isSuppressed(address: string): Promise<boolean> {
  return (await db.emailSuppression.count({ where: { address: address.toLowerCase() } })) > 0;
}

/**
 * Sends one email for an outbox row and records it in email_log (one row per outbox row).
 * A row already sent is not sent again (a relay that crashed after recording it); one that
 * crashed between the provider's acceptance and the record is covered by Resend's idempotency
 * key (the row id), and for SendGrid and SES is the rare duplicate at-least-once allows.
 * Throws when sending failed, for the relay to retry.
 */
export async function deliverEmail(outboxId: string, email: PreparedEmail): Promise<Delivery> {
  const template = email.content.template;
  const record = { userId: email.userId, template, toAddress: email.to, language: email.language };
  const already = await db.emailLog.findUnique({ where: { outboxId }, select: { providerMessageId: true } });
  if (already?.providerMessageId) return { status: "sent", providerMessageId: already.providerMessageId };
  if (await isSuppressed(email.to)) {
    await db.emailLog.upsert({ where: { outboxId }, create: { outboxId, ...record, status: "suppressed" }, update: { status: "suppressed" } });
    metrics().emails.inc({ template, outcome: "suppressed" });
    return { status: "suppressed" };
  }
  const rendered = await renderEmail(email.content, email.language);
  const providerMessageId = await sendThroughProvider(outboxId, email.to, template, rendered, unsubscribeHeaders(email.listUnsubscribe));
  await db.emailLog.upsert({
    where: { outboxId },
    // status_at is the time of the provider's own events (lib/email/delivery-events.ts).
    create: { outboxId, ...record, status: "sent", providerMessageId },
    update: { status: "sent", providerMessageId, error: null },
  });
  metrics().emails.inc({ template, outcome: "sent" });
  return { status: "sent", providerMessageId };
}

async function sendThroughProvider(outboxId: string, to: string, template: string, rendered: RenderedEmail, headers: Record<string, string> | undefined): Promise<string> {
  try {
    return await emailProvider().send({ outboxId, from: env().FROM_EMAIL, to, template, headers, ...rendered });
  } catch (error) {
    metrics().emails.inc({ template, outcome: "failed" });
    throw error;
  }
}

/** Records a row the relay gave up on, so the admin sees the failure on the creator's timeline. */
export async function recordEmailFailure(outboxId: string, email: PreparedEmail, error: string): Promise<void> {
  await db.emailLog.upsert({
    where: { outboxId },
    create: { outboxId, userId: email.userId, template: email.content.template, toAddress: email.to, language: email.language, status: "failed", error },
    update: { status: "failed", error },
  });
}
