import { Resend } from "resend";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { metrics } from "@/lib/observability/metrics";

// Deliverability from the email provider's own events (Resend's webhooks): each email's
// delivery status on the admin's timeline, and a suppression list — an address that
// hard-bounced or complained gets no more mail (lib/email/send.ts checks it before sending).

export const HANDLED_EMAIL_EVENTS = ["email.sent", "email.delivered", "email.delivery_delayed", "email.bounced", "email.complained", "email.failed", "email.suppressed"] as const;
type EmailEventType = (typeof HANDLED_EMAIL_EVENTS)[number];

/** The email_log status each event leaves; `sent` never overwrites what came after it. */
const STATUS: Record<EmailEventType, string> = {
  "email.sent": "sent",
  "email.delivered": "delivered",
  "email.delivery_delayed": "delivery_delayed",
  "email.bounced": "bounced",
  "email.complained": "complained",
  "email.failed": "failed",
  "email.suppressed": "suppressed",
};

export interface EmailEventPayload {
  type: string;
  created_at: string;
  data: { email_id?: string; to?: string[]; bounce?: { type?: string; subType?: string; message?: string }; failed?: { reason?: string } };
}

export interface EmailWebhookResult {
  outcome: "processed" | "duplicate" | "ignored";
  type: string;
}

export interface WebhookHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

/**
 * Verified with the Resend SDK's own `webhooks.verify` (Standard Webhooks signatures, with
 * their five-minute timestamp tolerance against replays) before anything is parsed.
 */
export function verifyEmailEvent(rawBody: string, headers: WebhookHeaders): EmailEventPayload {
  const secret = env().emailWebhookSecret;
  if (!secret) throw new AppError("service_unavailable", 503, "RESEND_WEBHOOK_SECRET is not configured.");
  if (!headers.id || !headers.timestamp || !headers.signature) throw new AppError("signature_invalid", 400, "Missing webhook signature headers (svix-id, svix-timestamp, svix-signature).");
  try {
    return new Resend("re_verify_only").webhooks.verify({ payload: rawBody, headers: { id: headers.id, timestamp: headers.timestamp, signature: headers.signature }, webhookSecret: secret }) as unknown as EmailEventPayload;
  } catch (error) {
    throw new AppError("signature_invalid", 400, `Webhook signature verification failed: ${(error as Error).message}`);
  }
}

/** Why an event puts its addresses on the suppression list, if it does (hard bounces and complaints). */
function suppressionReason(event: EmailEventPayload): string | null {
  if (event.type === "email.bounced") return event.data.bounce?.type === "Permanent" ? `bounced: ${event.data.bounce.message ?? event.data.bounce.subType ?? "permanent"}` : null;
  if (event.type === "email.complained") return "complained: the recipient marked the email as spam";
  if (event.type === "email.suppressed") return "suppressed by the provider";
  return null;
}

export async function handleEmailWebhook(rawBody: string, headers: WebhookHeaders): Promise<EmailWebhookResult> {
  const event = verifyEmailEvent(rawBody, headers);
  const type = event.type;
  if (!(HANDLED_EMAIL_EVENTS as readonly string[]).includes(type)) return { outcome: "ignored", type };
  const occurredAt = new Date(event.created_at);
  const at = Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt;
  const emailId = event.data.email_id ?? null;
  try {
    await db.$transaction(async (tx) => {
      await tx.emailEvent.create({ data: { id: headers.id!, type, providerMessageId: emailId, occurredAt: at, payload: event as unknown as Prisma.InputJsonValue } });
      if (emailId) {
        // Events can arrive out of order: an older one never overwrites a newer status, and
        // `email.sent` never overwrites a final one.
        await tx.$executeRaw`
          UPDATE email_log SET status = ${STATUS[type as EmailEventType]}, status_at = ${at}
          WHERE provider_message_id = ${emailId} AND (status_at IS NULL OR status_at <= ${at}) AND NOT (${type} = 'email.sent' AND status <> 'sent')`;
      }
      const reason = suppressionReason(event);
      if (reason) {
        for (const address of event.data.to ?? []) {
          await tx.emailSuppression.upsert({ where: { address: address.toLowerCase() }, create: { address: address.toLowerCase(), reason, eventId: headers.id }, update: {} });
        }
      }
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { outcome: "duplicate", type };
    throw error;
  }
  metrics().emailEvents.inc({ type });
  return { outcome: "processed", type };
}

/** Why mail to this address is not delivered (shown to its owner), or null. */
export async function deliveryProblem(address: string): Promise<string | null> {
  return (await db.emailSuppression.findUnique({ where: { address: address.toLowerCase() }, select: { reason: true } }))?.reason ?? null;
}
