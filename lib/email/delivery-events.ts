import { Resend } from "resend";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { metrics } from "@/lib/observability/metrics";

// Deliverability from each email provider's own events — Resend's webhooks, SendGrid's Event
// Webhook, SES's notifications through SNS — read into one shape: each email's delivery status
// on the admin's timeline, and a suppression list (an address that hard-bounced or complained
// gets no more mail; lib/email/send.ts checks it before sending).

export type DeliveryKind = "sent" | "delivered" | "delivery_delayed" | "bounced" | "complained" | "failed" | "suppressed";

export interface DeliveryEvent {
  /** The provider's event id (a redelivery is a no-op). */
  id: string;
  provider: "resend" | "sendgrid" | "ses";
  kind: DeliveryKind;
  /** The provider's id of the email, as the send returned it. */
  messageId: string | null;
  /** The outbox row the email was sent for, when the provider echoes it back. */
  outboxId: string | null;
  addresses: string[];
  occurredAt: Date;
  /** Why the addresses go on the suppression list, if they do (hard bounces, complaints). */
  suppression: string | null;
  payload: unknown;
}

export interface EmailWebhookResult {
  outcome: "processed" | "duplicate" | "ignored";
  type: string;
}

/** Applies one event: recorded once, the email's status moved forward, the addresses suppressed. */
export async function applyDeliveryEvent(event: DeliveryEvent): Promise<EmailWebhookResult["outcome"]> {
  const type = `email.${event.kind}`;
  try {
    await db.$transaction(async (tx) => {
      await tx.emailEvent.create({ data: { id: `${event.provider}:${event.id}`, type, providerMessageId: event.messageId, occurredAt: event.occurredAt, payload: { provider: event.provider, event: event.payload } as Prisma.InputJsonValue } });
      if (event.messageId || event.outboxId) {
        // Events can arrive out of order: an older one never overwrites a newer status, and
        // `sent` never overwrites a final one.
        const match = event.outboxId ? Prisma.sql`(outbox_id = ${event.outboxId} OR provider_message_id = ${event.messageId})` : Prisma.sql`provider_message_id = ${event.messageId}`;
        await tx.$executeRaw`
          UPDATE email_log SET status = ${event.kind}, status_at = ${event.occurredAt}
          WHERE ${match} AND (status_at IS NULL OR status_at <= ${event.occurredAt}) AND NOT (${event.kind} = 'sent' AND status <> 'sent')`;
      }
      if (event.suppression) {
        for (const address of event.addresses) {
          await tx.emailSuppression.upsert({ where: { address: address.toLowerCase() }, create: { address: address.toLowerCase(), reason: event.suppression, eventId: `${event.provider}:${event.id}` }, update: {} });
        }
      }
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "duplicate";
    throw error;
  }
  metrics().emailEvents.inc({ type });
  return "processed";
}

function validDate(value: number | string | undefined): Date {
  const date = new Date(value ?? Date.now());
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

// — Resend (Standard Webhooks signatures through Svix) —

const RESEND_KINDS: Record<string, DeliveryKind> = {
  "email.sent": "sent",
  "email.delivered": "delivered",
  "email.delivery_delayed": "delivery_delayed",
  "email.bounced": "bounced",
  "email.complained": "complained",
  "email.failed": "failed",
  "email.suppressed": "suppressed",
};

interface EmailEventPayload {
  type: string;
  created_at: string;
  data: { email_id?: string; to?: string[]; bounce?: { type?: string; subType?: string; message?: string }; failed?: { reason?: string } };
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
function verifyEmailEvent(rawBody: string, headers: WebhookHeaders): EmailEventPayload {
  const secret = env().emailWebhookSecret;
  if (!secret) throw new AppError("service_unavailable", 503, "RESEND_WEBHOOK_SECRET is not configured.");
  if (!headers.id || !headers.timestamp || !headers.signature) throw new AppError("signature_invalid", 400, "Missing webhook signature headers (svix-id, svix-timestamp, svix-signature).");
  try {
    return new Resend("re_verify_only").webhooks.verify({ payload: rawBody, headers: { id: headers.id, timestamp: headers.timestamp, signature: headers.signature }, webhookSecret: secret }) as unknown as EmailEventPayload;
  } catch (error) {
    throw new AppError("signature_invalid", 400, `Webhook signature verification failed: ${(error as Error).message}`);
  }
}

function resendSuppression(event: EmailEventPayload): string | null {
  if (event.type === "email.bounced") return event.data.bounce?.type === "Permanent" ? `bounced: ${event.data.bounce.message ?? event.data.bounce.subType ?? "permanent"}` : null;
  if (event.type === "email.complained") return "complained: the recipient marked the email as spam";
  if (event.type === "email.suppressed") return "suppressed by the provider";
  return null;
}

export async function handleEmailWebhook(rawBody: string, headers: WebhookHeaders): Promise<EmailWebhookResult> {
  const event = verifyEmailEvent(rawBody, headers);
  const kind = RESEND_KINDS[event.type];
  if (!kind) return { outcome: "ignored", type: event.type };
  const outcome = await applyDeliveryEvent({
    id: headers.id!,
    provider: "resend",
    kind,
    messageId: event.data.email_id ?? null,
    outboxId: null,
    addresses: event.data.to ?? [],
    occurredAt: validDate(event.created_at),
    suppression: resendSuppression(event),
    payload: event,
  });
  return { outcome, type: event.type };
}

/** Why mail to this address is not delivered (shown to its owner), or null. */
export async function deliveryProblem(address: string): Promise<string | null> {
  return (await db.emailSuppression.findUnique({ where: { address: address.toLowerCase() }, select: { reason: true } }))?.reason ?? null;
}
