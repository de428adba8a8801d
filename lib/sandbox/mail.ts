import { createHash, randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/http";
import { sandboxStore } from "@/lib/sandbox/store";

// A local stand-in for Resend, held to what Resend documents:
// - its API: POST /emails (with idempotency keys: the same key and body give the first answer
//   back, the same key with another body a 409 `invalid_idempotent_request`) and GET /emails/:id;
// - its webhooks: every accepted email is followed by signed events (Standard Webhooks, as
//   Resend sends them through Svix), `email.sent` then `email.delivered`, or, for Resend's own
//   test addresses (`bounced@…`, `complained@…`, `suppressed@…`, `delayed@…`, `failed@…`, a
//   `+label` allowed), the bounce, complaint, suppression, delay or failure;
// - faults on demand (POST /sandbox/faults): the provider down (503) or stalling.
// Messages live in the app's database (sandbox_records), listed by /dev/mailbox.

export interface SandboxMessage {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string | null;
  tags: unknown;
  created_at: string;
  idempotency_key: string | null;
}

export interface SignedMailEvent {
  id: string;
  type: string;
  payload: string;
  headers: Record<string, string>;
}

export type MailFault = { mode: "none" } | { mode: "down" } | { mode: "stall"; ms: number };

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

export async function startMailSandbox(options: MailSandboxOptions): Promise<MailSandbox> {
  const store = sandboxStore(options.databaseUrl);
  const signer = new Webhook(options.webhookSecret.replace(/^whsec_/, ""));
  let fault: MailFault = { mode: "none" };
  let webhookUrl = options.webhookUrl;
  const held: SignedMailEvent[] = [];

  function sign(type: string, message: Pick<SandboxMessage, "id" | "from" | "to" | "subject" | "created_at">, at = new Date(), extra: Record<string, unknown> = {}): SignedMailEvent {
    const id = `msg_${randomUUID().replaceAll("-", "")}`;
    const payload = JSON.stringify({
      type,
      created_at: at.toISOString(),
      data: { created_at: message.created_at, email_id: message.id, message_id: `<${message.id}@sandbox.resend.local>`, from: message.from, to: message.to, subject: message.subject, ...extra },
    });
    const timestamp = new Date(Math.floor(at.getTime() / 1000) * 1000);
    return { id, type, payload, headers: { "svix-id": id, "svix-timestamp": String(timestamp.getTime() / 1000), "svix-signature": signer.sign(id, timestamp, payload), "content-type": "application/json" } };
  }

  /** Like Svix: a failed delivery is retried (here 3 times, 0.5 s · 2^n apart). */
  async function deliver(event: SignedMailEvent): Promise<void> {
    if (!webhookUrl) return;
    for (let attempt = 0; attempt < 4; attempt++) {
      const status = await fetch(webhookUrl, { method: "POST", headers: event.headers, body: event.payload })
        .then((response) => response.status)
        .catch(() => 0);
      if (status >= 200 && status < 300) return;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }

  function announce(message: SandboxMessage): void {
    const events = message.to.flatMap((address) => eventsFor(address)).map((event) => sign(event.type, message, new Date(), event.extra));
    if (options.holdEvents || !webhookUrl) {
      held.push(...events);
      return;
    }
    void (async () => {
      for (const event of events) await deliver(event);
    })();
  }

  async function send(request: { headers: Record<string, string | string[] | undefined> }, rawBody: string) {
    if (fault.mode === "down") return resendError(503, "application_error", "The email service is temporarily unavailable (sandbox fault).");
    if (fault.mode === "stall") await new Promise((resolve) => setTimeout(resolve, fault.mode === "stall" ? fault.ms : 0));
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

  const server = await startSandboxServer(async (request, rawBody, url) => {
    if (request.method === "POST" && url.pathname === "/emails") return send(request, rawBody);

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
