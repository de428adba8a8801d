import { createHash, createSign, randomBytes, randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { SANDBOX_SNS_TOPIC_ARN } from "@/lib/email/ses-events";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/http";
import { sandboxKeyPair, type SandboxKeyPair } from "@/lib/sandbox/secrets";
import { sandboxStore } from "@/lib/sandbox/store";

// A local stand-in for Resend, held to what Resend documents:
// - its API: POST /emails (with idempotency keys: the same key and body give the first answer
//   back, the same key with another body a 409 `invalid_idempotent_request`) and GET /emails/:id;
// - its webhooks: every accepted email is followed by signed events (Standard Webhooks, as
//   Resend sends them through Svix), `email.sent` then `email.delivered`, or, for Resend's own
//   test addresses (`bounced@…`, `complained@…`, `suppressed@…`, `delayed@…`, `failed@…`, a
//   `+label` allowed), the bounce, complaint, suppression, delay or failure;
// - faults on demand (POST /sandbox/faults): the provider down (503) or stalling.
// It also speaks SendGrid's v3 `POST /v3/mail/send` (202 and an X-Message-Id) and Amazon SES
// v2's `POST /v2/email/outbound-emails`, and answers each with that provider's own events:
// SendGrid's Event Webhook (ECDSA-signed) and SES events inside SNS notifications (RSA-signed,
// with the signing certificate served at /sandbox/sns/…pem), for the same test addresses.
// Messages live in the app's database (sandbox_records), listed by /dev/mailbox.

export interface SandboxMessage {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string | null;
  tags: unknown;
  /** The extra headers the API call asked for (List-Unsubscribe on marketing mail). */
  headers: Record<string, string>;
  created_at: string;
  idempotency_key: string | null;
}

type MailFlavor = "resend" | "sendgrid" | "ses";

/** Resend's and SendGrid's `headers`: an object of strings (anything else is ignored, as they refuse it). */
function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export interface SignedMailEvent {
  id: string;
  type: string;
  payload: string;
  headers: Record<string, string>;
  /** Whose webhook it is for (the route it goes to). */
  flavor: MailFlavor;
}

interface SnsMessageFields {
  Type: "Notification" | "SubscriptionConfirmation" | "UnsubscribeConfirmation";
  Message: string;
  SubscribeURL?: string;
  Token?: string;
  /** Another topic than the sandbox's (a message the app must refuse). */
  TopicArn?: string;
}

type MailFault = { mode: "none" } | { mode: "down" } | { mode: "stall"; ms: number };

export interface MailSandboxOptions {
  databaseUrl: string;
  /** Where signed events go (our POST /api/v1/webhooks/resend); without it they are held. */
  webhookUrl?: string;
  webhookSecret: string;
  /** Keep events for the test to deliver itself (`takeEvents`). */
  holdEvents?: boolean;
  port?: number;
}

export interface MailSandbox extends SandboxServer {
  /** The key SendGrid-style events verify with (MAIL_SANDBOX_SENDGRID_PUBLIC_KEY). */
  sendgridPublicKey: string;
  /** Signs a SendGrid Event Webhook body exactly as the sandbox does (for forged or replayed tests). */
  signSendGrid: (events: Array<Record<string, unknown>>, at?: Date) => SignedMailEvent;
  /** Wraps an SES event in a signed SNS notification exactly as the sandbox does. */
  signSns: (sesEvent: Record<string, unknown>, at?: Date) => SignedMailEvent;
  /** Any SNS message (a subscription confirmation, a SignatureVersion 1 notification), signed as SNS signs it. */
  signSnsMessage: (message: SnsMessageFields, signatureVersion?: "1" | "2", at?: Date) => SignedMailEvent;
  /** SNS's ConfirmSubscription URL for a token, on the sandbox (what a SubscriptionConfirmation carries). */
  snsSubscribeUrl: (token: string) => string;
  /** The tokens whose subscriptions were confirmed (GET ?Action=ConfirmSubscription), oldest first. */
  snsConfirmations: () => string[];
  setFault: (fault: MailFault) => void;
  takeEvents: () => SignedMailEvent[];
  setWebhookUrl: (url: string | undefined) => void;
  /** Signs an event exactly as the sandbox does (for tests that forge or replay). */
  sign: (type: string, message: Pick<SandboxMessage, "id" | "from" | "to" | "subject" | "created_at">, at?: Date, extra?: Record<string, unknown>) => SignedMailEvent;
}

const MESSAGE = "mail_message";
const IDEMPOTENCY = "mail_idempotency";

/** The events Resend sends after an email to this address (its documented test addresses). */
export function eventsFor(address: string): Array<{ type: string; extra?: Record<string, unknown> }> {
  const local = address.toLowerCase().split("@")[0].split("+")[0];
  switch (local) {
    case "bounced":
    case "bounce":
      return [{ type: "email.sent" }, { type: "email.bounced", extra: { bounce: { type: "Permanent", subType: "General", message: "The recipient's mailbox does not exist." } } }];
    case "complained":
      return [{ type: "email.sent" }, { type: "email.delivered" }, { type: "email.complained" }];
    case "suppressed":
      return [{ type: "email.suppressed", extra: { suppressed: { type: "OnAccountSuppressionList", message: "The address is on the suppression list." } } }];
    case "delayed":
      return [{ type: "email.sent" }, { type: "email.delivery_delayed" }];
    case "failed":
      return [{ type: "email.failed", extra: { failed: { reason: "reached_daily_quota" } } }];
    default:
      return [{ type: "email.sent" }, { type: "email.delivered" }];
  }
}

function bodyHash(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

function resendError(status: number, name: string, message: string) {
  return { status, body: { statusCode: status, name, message } };
}

const SNS_CERT_PATH = "/sandbox/sns/SimpleNotificationService-sandbox.pem";

/** SendGrid's events for a message to this address (the same test addresses as Resend's). */
function sendgridEventsFor(address: string): Array<Record<string, unknown>> {
  switch (eventsFor(address).at(-1)?.type) {
    case "email.bounced":
      return [{ event: "processed" }, { event: "bounce", type: "bounce", reason: "550 5.1.1 The email account that you tried to reach does not exist.", status: "5.1.1" }];
    case "email.complained":
      return [{ event: "processed" }, { event: "delivered" }, { event: "spamreport" }];
    case "email.suppressed":
      return [{ event: "dropped", reason: "Bounced Address" }];
    case "email.delivery_delayed":
      return [{ event: "processed" }, { event: "deferred", response: "421 4.7.0 Try again later", attempt: "1" }];
    case "email.failed":
      return [{ event: "dropped", reason: "Invalid" }];
    default:
      return [{ event: "processed" }, { event: "delivered", response: "250 OK" }];
  }
}

/** SES's events (as a configuration set publishes them) for a message to this address. */
function sesEventsFor(address: string): Array<Record<string, unknown>> {
  const at = new Date().toISOString();
  switch (eventsFor(address).at(-1)?.type) {
    case "email.bounced":
      return [{ eventType: "Send" }, { eventType: "Bounce", bounce: { bounceType: "Permanent", bounceSubType: "General", bouncedRecipients: [{ emailAddress: address, status: "5.1.1" }], timestamp: at } }];
    case "email.complained":
      return [{ eventType: "Send" }, { eventType: "Delivery", delivery: { timestamp: at, recipients: [address] } }, { eventType: "Complaint", complaint: { complainedRecipients: [{ emailAddress: address }], timestamp: at } }];
    case "email.suppressed":
      return [{ eventType: "Bounce", bounce: { bounceType: "Permanent", bounceSubType: "OnAccountSuppressionList", bouncedRecipients: [{ emailAddress: address }], timestamp: at } }];
    case "email.delivery_delayed":
      return [{ eventType: "Send" }, { eventType: "DeliveryDelay", deliveryDelay: { delayType: "TransientCommunicationFailure", timestamp: at } }];
    case "email.failed":
      return [{ eventType: "Reject", reject: { reason: "Bad content" } }];
    default:
      return [{ eventType: "Send" }, { eventType: "Delivery", delivery: { timestamp: at, recipients: [address] } }];
  }
}

export async function startMailSandbox(options: MailSandboxOptions): Promise<MailSandbox> {
  const store = sandboxStore(options.databaseUrl);
  // The signing keys live in the database; a sandbox started while it is unreachable (npm run
  // doctor diagnosing it) still serves Resend's API, and signs nothing it cannot.
  const keys = await Promise.all([sandboxKeyPair(options.databaseUrl, "sendgrid_event_key"), sandboxKeyPair(options.databaseUrl, "sns_signing_key")]).catch(() => undefined);
  const key = (index: 0 | 1): SandboxKeyPair => {
    if (!keys) throw new Error("the mail sandbox has no signing keys (its database was unreachable at start)");
    return keys[index];
  };
  const signer = new Webhook(options.webhookSecret.replace(/^whsec_/, ""));
  let fault: MailFault = { mode: "none" };
  let webhookUrl = options.webhookUrl;
  const held: SignedMailEvent[] = [];
  const confirmations: string[] = [];

  function sign(type: string, message: Pick<SandboxMessage, "id" | "from" | "to" | "subject" | "created_at">, at = new Date(), extra: Record<string, unknown> = {}): SignedMailEvent {
    const id = `msg_${randomUUID().replaceAll("-", "")}`;
    const payload = JSON.stringify({
      type,
      created_at: at.toISOString(),
      data: { created_at: message.created_at, email_id: message.id, message_id: `<${message.id}@sandbox.resend.local>`, from: message.from, to: message.to, subject: message.subject, ...extra },
    });
    const timestamp = new Date(Math.floor(at.getTime() / 1000) * 1000);
    return { id, type, flavor: "resend", payload, headers: { "svix-id": id, "svix-timestamp": String(timestamp.getTime() / 1000), "svix-signature": signer.sign(id, timestamp, payload), "content-type": "application/json" } };
  }

  /** SendGrid: ECDSA (P-256, SHA-256) over the timestamp followed by the body, base64 DER. */
  function signSendGrid(events: Array<Record<string, unknown>>, at = new Date()): SignedMailEvent {
    const payload = JSON.stringify(events);
    const timestamp = String(Math.floor(at.getTime() / 1000));
    const signature = createSign("sha256").update(timestamp + payload).sign(key(0).privateKeyPem, "base64");
    return {
      id: String(events[0]?.sg_event_id ?? randomUUID()),
      type: events.map((event) => event.event).join(","),
      flavor: "sendgrid",
      payload,
      headers: { "content-type": "application/json", "x-twilio-email-event-webhook-signature": signature, "x-twilio-email-event-webhook-timestamp": timestamp },
    };
  }

  /**
   * SNS: RSA over the canonical fields of the message (SHA-256 for SignatureVersion 2, SHA-1
   * for 1, SNS's default). A subscription confirmation signs its SubscribeURL and Token too.
   */
  function signSnsMessage(fields: SnsMessageFields, signatureVersion: "1" | "2" = "2", at = new Date()): SignedMailEvent {
    const message: Record<string, string> = { TopicArn: SANDBOX_SNS_TOPIC_ARN, ...fields, MessageId: randomUUID(), Timestamp: at.toISOString(), SignatureVersion: signatureVersion };
    const signed = fields.Type === "Notification" ? ["Message", "MessageId", "Timestamp", "TopicArn", "Type"] : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
    const canonical = signed.map((field) => `${field}\n${message[field]}\n`).join("");
    message.Signature = createSign(signatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256").update(canonical).sign(key(1).privateKeyPem, "base64");
    message.SigningCertURL = `${server.url}${SNS_CERT_PATH}`;
    message.UnsubscribeURL = `${server.url}/sandbox/sns/unsubscribe`;
    return {
      id: message.MessageId,
      type: fields.Type,
      flavor: "ses",
      payload: JSON.stringify(message),
      headers: { "content-type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": fields.Type, "x-amz-sns-message-id": message.MessageId, "x-amz-sns-topic-arn": message.TopicArn },
    };
  }

  function signSns(sesEvent: Record<string, unknown>, at = new Date()): SignedMailEvent {
    return { ...signSnsMessage({ Type: "Notification", Message: JSON.stringify(sesEvent) }, "2", at), type: String(sesEvent.eventType) };
  }

  /** The provider down (its own error) or slow, as POST /sandbox/faults asked. */
  async function faultAnswer<T>(unavailable: () => T): Promise<T | undefined> {
    const current = fault;
    if (current.mode === "down") return unavailable();
    if (current.mode === "stall") await new Promise((resolve) => setTimeout(resolve, current.ms));
    return undefined;
  }

  /** Like Svix: a failed delivery is retried (here 3 times, 0.5 s · 2^n apart). */
  async function deliver(event: SignedMailEvent): Promise<void> {
    if (!webhookUrl) return;
    const url = webhookUrl.replace(/\/resend$/, `/${event.flavor}`);
    for (let attempt = 0; attempt < 4; attempt++) {
      const status = await fetch(url, { method: "POST", headers: event.headers, body: event.payload })
        .then((response) => response.status)
        .catch(() => 0);
      if (status >= 200 && status < 300) return;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }

  function announce(message: SandboxMessage, flavor: MailFlavor = "resend"): void {
    const events = flavor === "sendgrid" ? sendgridEvents(message) : flavor === "ses" ? sesEvents(message) : message.to.flatMap((address) => eventsFor(address)).map((event) => sign(event.type, message, new Date(), event.extra));
    if (options.holdEvents || !webhookUrl) {
      held.push(...events);
      return;
    }
    void (async () => {
      for (const event of events) await deliver(event);
    })();
  }

  async function send(request: { headers: Record<string, string | string[] | undefined> }, rawBody: string) {
    const faulty = await faultAnswer(() => resendError(503, "application_error", "The email service is temporarily unavailable (sandbox fault)."));
    if (faulty) return faulty;
    if (typeof request.headers.authorization !== "string" || !request.headers.authorization.startsWith("Bearer ")) return resendError(401, "missing_api_key", "Missing API key in the authorization header.");
    const key = typeof request.headers["idempotency-key"] === "string" ? request.headers["idempotency-key"] : null;
    if (key) {
      const known = await store.get<{ messageId: string; bodyHash: string }>(IDEMPOTENCY, key);
      if (known && known.bodyHash !== bodyHash(rawBody)) return resendError(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload. Change your idempotency key or payload.");
      if (known) return { status: 200, body: { id: known.messageId } };
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return resendError(422, "validation_error", "Invalid JSON body.");
    }
    const to = Array.isArray(body.to) ? body.to : [body.to];
    if (typeof body.from !== "string" || !body.from) return resendError(422, "validation_error", "The `from` field is missing.");
    if (!to.length || !to.every((address) => typeof address === "string" && /^[^@\s]+@[^@\s]+$/.test(address))) return resendError(422, "validation_error", "Invalid `to` field. The email address needs to follow the `email@example.com` format.");
    if (typeof body.subject !== "string" || !body.subject) return resendError(422, "validation_error", "The `subject` field is missing.");
    if (typeof body.html !== "string" && typeof body.text !== "string") return resendError(422, "validation_error", "Either `html` or `text` must be provided.");

    const message: SandboxMessage = {
      id: randomUUID(),
      from: body.from,
      to: to as string[],
      subject: body.subject,
      html: typeof body.html === "string" ? body.html : "",
      text: typeof body.text === "string" ? body.text : null,
      tags: body.tags ?? null,
      headers: stringRecord(body.headers),
      created_at: new Date().toISOString(),
      idempotency_key: key,
    };
    // Two identical requests at once: the first to record the key sends; the other answers with its id.
    if (key && !(await store.insert(IDEMPOTENCY, key, { messageId: message.id, bodyHash: bodyHash(rawBody) }))) {
      const known = await store.get<{ messageId: string }>(IDEMPOTENCY, key);
      return { status: 200, body: { id: known!.messageId } };
    }
    await store.put(MESSAGE, message.id, message);
    announce(message);
    return { status: 200, body: { id: message.id } };
  }

  /** One Event Webhook POST per message, its events in order, custom args echoed as SendGrid does. */
  function sendgridEvents(message: SandboxMessage): SignedMailEvent[] {
    const customArgs = ((message.tags as { custom_args?: Record<string, string> } | null)?.custom_args ?? {}) as Record<string, string>;
    const now = Math.floor(Date.now() / 1000);
    const events = message.to.flatMap((address) =>
      sendgridEventsFor(address).map((event) => ({ email: address, timestamp: now, "smtp-id": `<${message.id}@sandbox.sendgrid.local>`, sg_event_id: randomBytes(16).toString("base64url"), sg_message_id: `${message.id}.filterdrecv-sandbox-0-0`, ...customArgs, ...event })),
    );
    return [signSendGrid(events)];
  }

  /** One SNS notification per SES event, with the mail's tags as SES publishes them. */
  function sesEvents(message: SandboxMessage): SignedMailEvent[] {
    const tags = (message.tags as { ses_tags?: Record<string, string[]> } | null)?.ses_tags ?? {};
    return message.to.flatMap((address) =>
      sesEventsFor(address).map((event) => signSns({ ...event, mail: { timestamp: message.created_at, messageId: message.id, source: message.from, destination: message.to, tags } })),
    );
  }

  async function keep(message: SandboxMessage, flavor: MailFlavor): Promise<void> {
    await store.put(MESSAGE, message.id, message);
    announce(message, flavor);
  }

  /**
   * Resend's GET /domains, which `npm run doctor` calls to prove a key: a key with sending
   * access only is refused as Resend refuses it (restricted_api_key), a malformed one as invalid.
   */
  function listDomains(request: { headers: Record<string, string | string[] | undefined> }) {
    const key = String(request.headers.authorization ?? "").replace(/^Bearer /, "");
    if (!key.startsWith("re_")) return resendError(400, "validation_error", "API key is invalid");
    if (key.includes("sending")) return resendError(401, "restricted_api_key", "This API key is restricted to only send emails");
    return { status: 200, body: { object: "list", has_more: false, data: [{ id: "d91cd9bd-1176-453e-8fc1-35364d380206", name: "ofm.local", status: "verified", created_at: "2026-01-01 00:00:00.000000+00", region: "eu-west-1" }] } };
  }

  /** SendGrid v3 mail/send: 202 with no body and the message id in X-Message-Id. */
  async function sendgridSend(request: { headers: Record<string, string | string[] | undefined> }, rawBody: string) {
    const sendgridError = (status: number, message: string, field?: string) => ({ status, body: { errors: [{ message, field: field ?? null, help: null }] } });
    const faulty = await faultAnswer(() => sendgridError(503, "Service Unavailable (sandbox fault)"));
    if (faulty) return faulty;
    if (typeof request.headers.authorization !== "string" || !request.headers.authorization.startsWith("Bearer ")) return sendgridError(401, "The provided authorization grant is invalid, expired, or revoked");
    let body: { personalizations?: Array<{ to?: Array<{ email?: string }> }>; from?: { email?: string }; subject?: string; content?: Array<{ type?: string; value?: string }>; custom_args?: Record<string, string>; categories?: string[]; headers?: unknown };
    try {
      body = JSON.parse(rawBody);
    } catch {
      return sendgridError(400, "Bad Request");
    }
    const to = (body.personalizations ?? []).flatMap((personalization) => personalization.to ?? []).map((entry) => entry.email);
    if (!to.length || !to.every((address): address is string => typeof address === "string" && /^[^@\s]+@[^@\s]+$/.test(address))) return sendgridError(400, "Does not contain a valid address.", "personalizations.0.to");
    if (!body.from?.email) return sendgridError(400, "The from object must be provided for every email send.", "from");
    if (!body.subject) return sendgridError(400, "The subject is required.", "subject");
    const content = (type: string) => body.content?.find((part) => part.type === type)?.value;
    if (!content("text/html") && !content("text/plain")) return sendgridError(400, "The content value must be a string at least one character in length.", "content.0.value");
    const message: SandboxMessage = { id: randomBytes(16).toString("base64url"), from: body.from.email, to, subject: body.subject, html: content("text/html") ?? "", text: content("text/plain") ?? null, tags: { custom_args: body.custom_args ?? {}, categories: body.categories ?? [] }, headers: stringRecord(body.headers), created_at: new Date().toISOString(), idempotency_key: null };
    await keep(message, "sendgrid");
    return { status: 202, headers: { "x-message-id": message.id } };
  }

  /** SES v2 SendEmail (restJson1): the message id in a JSON body. */
  async function sesSend(request: { headers: Record<string, string | string[] | undefined> }, rawBody: string) {
    const sesError = (status: number, type: string, message: string) => ({ status, headers: { "x-amzn-errortype": type }, body: { message } });
    const faulty = await faultAnswer(() => sesError(503, "ServiceUnavailableException", "Service unavailable (sandbox fault)"));
    if (faulty) return faulty;
    if (typeof request.headers.authorization !== "string" || !request.headers.authorization.startsWith("AWS4-HMAC-SHA256 ")) return sesError(403, "AccessDeniedException", "Missing Authentication Token");
    let body: { FromEmailAddress?: string; Destination?: { ToAddresses?: string[] }; Content?: { Simple?: { Subject?: { Data?: string }; Body?: { Html?: { Data?: string }; Text?: { Data?: string } }; Headers?: Array<{ Name: string; Value: string }> } }; EmailTags?: Array<{ Name: string; Value: string }>; ConfigurationSetName?: string };
    try {
      body = JSON.parse(rawBody);
    } catch {
      return sesError(400, "BadRequestException", "Invalid JSON");
    }
    const to = body.Destination?.ToAddresses ?? [];
    const simple = body.Content?.Simple;
    if (!body.FromEmailAddress || !to.length || !simple?.Subject?.Data || (!simple.Body?.Html?.Data && !simple.Body?.Text?.Data)) return sesError(400, "BadRequestException", "Missing required field");
    if (!to.every((address) => /^[^@\s]+@[^@\s]+$/.test(address))) return sesError(400, "BadRequestException", "Missing final '@domain'");
    const tags = Object.fromEntries((body.EmailTags ?? []).map((tag) => [tag.Name, [tag.Value]]));
    const message: SandboxMessage = { id: `0102${randomBytes(14).toString("hex")}-sandbox-000000`, from: body.FromEmailAddress, to, subject: simple.Subject.Data, html: simple.Body?.Html?.Data ?? "", text: simple.Body?.Text?.Data ?? null, tags: { ses_tags: tags, configuration_set: body.ConfigurationSetName ?? null }, headers: Object.fromEntries((simple.Headers ?? []).map((header) => [header.Name, header.Value])), created_at: new Date().toISOString(), idempotency_key: null };
    await keep(message, "ses");
    return { status: 200, body: { MessageId: message.id } };
  }

  const server = await startSandboxServer(async (request, rawBody, url) => {
    if (request.method === "POST" && url.pathname === "/emails") return send(request, rawBody);
    if (request.method === "POST" && url.pathname === "/v3/mail/send") return sendgridSend(request, rawBody);
    if (request.method === "POST" && url.pathname === "/v2/email/outbound-emails") return sesSend(request, rawBody);
    if (request.method === "GET" && url.pathname === "/domains") return listDomains(request);
    // SNS's ConfirmSubscription action, as the SubscribeURL of a SubscriptionConfirmation calls it.
    if (request.method === "GET" && url.pathname === "/" && url.searchParams.get("Action") === "ConfirmSubscription") {
      confirmations.push(url.searchParams.get("Token") ?? "");
      return { status: 200, html: "<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>arn:aws:sns:eu-west-1:000000000000:ofm-sandbox-ses-events:sandbox</SubscriptionArn></ConfirmSubscriptionResult></ConfirmSubscriptionResponse>", headers: { "content-type": "text/xml" } };
    }
    if (request.method === "GET" && url.pathname === SNS_CERT_PATH) return { status: 200, html: key(1).publicKeyPem, headers: { "content-type": "application/x-pem-file" } };

    const single = url.pathname.match(/^\/(?:emails|sandbox\/messages)\/([\w-]+)$/);
    if (request.method === "GET" && single) {
      const message = await store.get<SandboxMessage>(MESSAGE, single[1]);
      return message ? { status: 200, body: { object: "email", ...message } } : resendError(404, "not_found", "Email not found");
    }
    if (url.pathname === "/sandbox/messages") {
      if (request.method === "DELETE") {
        await store.clear(MESSAGE);
        await store.clear(IDEMPOTENCY);
        return { status: 204 };
      }
      const to = url.searchParams.get("to")?.toLowerCase();
      const messages = await store.list<SandboxMessage>(MESSAGE);
      return { status: 200, body: { data: messages.filter((message) => !to || message.to.some((address) => address.toLowerCase().includes(to))) } };
    }
    if (url.pathname === "/sandbox/faults" && request.method === "POST") {
      fault = JSON.parse(rawBody) as MailFault;
      return { status: 200, body: { fault } };
    }
    return resendError(404, "not_found", `No route ${request.method} ${url.pathname}`);
  }, options.port ?? 0);

  return {
    ...server,
    close: async () => {
      await server.close();
      await store.close();
    },
    sendgridPublicKey: keys?.[0].publicKeyBase64 ?? "",
    signSendGrid,
    signSns,
    signSnsMessage,
    snsSubscribeUrl: (token) => `${server.url}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(SANDBOX_SNS_TOPIC_ARN)}&Token=${encodeURIComponent(token)}`,
    snsConfirmations: () => [...confirmations],
    setFault: (next) => {
      fault = next;
    },
    takeEvents: () => held.splice(0),
    setWebhookUrl: (next) => {
      webhookUrl = next;
    },
    sign,
  };
}
