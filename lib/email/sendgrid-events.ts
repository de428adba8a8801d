import { EventWebhook } from "@sendgrid/eventwebhook";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { parseJsonOrUndefined } from "@/lib/http/json";
import { applyDeliveryEvent, type DeliveryEvent, type DeliveryKind, type EmailWebhookResult } from "@/lib/email/delivery-events";

// SendGrid's Event Webhook: a JSON array of events, signed with ECDSA (P-256, SHA-256) over the
// timestamp header followed by the raw body, verified with the account's public key by
// SendGrid's own library before anything is parsed. A timestamp older than five minutes is a
// replay; each event is applied once (its sg_event_id).

const TOLERANCE_SECONDS = 300;

const SendGridEvent = z
  .object({
    event: z.string(),
    email: z.string().optional(),
    timestamp: z.number().optional(),
    sg_event_id: z.string().min(1),
    sg_message_id: z.string().optional(),
    outbox_id: z.string().optional(),
    reason: z.string().optional(),
    type: z.string().optional(),
  })
  .loose();
type SendGridEvent = z.infer<typeof SendGridEvent>;

function publicKey(): string {
  const current = env();
  const key = current.EMAIL_PROVIDER === "sandbox" ? current.MAIL_SANDBOX_SENDGRID_PUBLIC_KEY : current.SENDGRID_WEBHOOK_PUBLIC_KEY;
  if (!key) throw new AppError("service_unavailable", 503, "SENDGRID_WEBHOOK_PUBLIC_KEY is not configured.");
  return key;
}

function verifySendGridEvents(rawBody: string, signature: string | null, timestamp: string | null, now = Date.now()): SendGridEvent[] {
  if (!signature || !timestamp) throw new AppError("signature_invalid", 400, "Missing X-Twilio-Email-Event-Webhook-Signature or -Timestamp.");
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) throw new AppError("signature_invalid", 400, "The event timestamp is outside the tolerance (a replay?).");
  let valid = false;
  try {
    const webhook = new EventWebhook();
    valid = webhook.verifySignature(webhook.convertPublicKeyToECDSA(publicKey()), rawBody, signature, timestamp);
  } catch (error) {
    if (error instanceof AppError) throw error;
    valid = false;
  }
  if (!valid) throw new AppError("signature_invalid", 400, "The event webhook signature does not verify.");
  const parsed = z.array(SendGridEvent).safeParse(parseJsonOrUndefined(rawBody));
  if (!parsed.success) throw new AppError("invalid_body", 400, "The event webhook body is not a list of SendGrid events.");
  return parsed.data;
}

const KINDS: Record<string, DeliveryKind> = { processed: "sent", delivered: "delivered", deferred: "delivery_delayed", bounce: "bounced", dropped: "suppressed", spamreport: "complained" };

function suppression(event: SendGridEvent): string | null {
  if (event.event === "bounce") return event.type === "blocked" ? null : `bounced: ${event.reason ?? "permanent"}`;
  if (event.event === "spamreport") return "complained: the recipient marked the email as spam";
  if (event.event === "dropped") return `dropped by SendGrid: ${event.reason ?? "suppressed"}`;
  return null;
}

export async function handleSendGridWebhook(rawBody: string, signature: string | null, timestamp: string | null): Promise<EmailWebhookResult[]> {
  const events = verifySendGridEvents(rawBody, signature, timestamp);
  const results: EmailWebhookResult[] = [];
  for (const event of events) {
    const kind = KINDS[event.event];
    if (!kind) {
      results.push({ outcome: "ignored", type: event.event });
      continue;
    }
    const delivery: DeliveryEvent = {
      id: event.sg_event_id,
      provider: "sendgrid",
      kind,
      // sg_message_id is the X-Message-Id of the send followed by ".filter…".
      messageId: event.sg_message_id?.split(".")[0] ?? null,
      outboxId: event.outbox_id ?? null,
      addresses: event.email ? [event.email] : [],
      occurredAt: new Date((event.timestamp ?? Date.now() / 1000) * 1000),
      suppression: suppression(event),
      payload: event,
    };
    results.push({ outcome: await applyDeliveryEvent(delivery), type: event.event });
  }
  return results;
}
