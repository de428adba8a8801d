import { randomUUID } from "node:crypto";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/http";

// A local stand-in for Resend's HTTP API (POST /emails, GET /emails/:id) that keeps every
// message in memory, plus /sandbox/messages for the /dev/mailbox page and tests.

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

interface SendBody {
  from?: unknown;
  to?: unknown;
  subject?: unknown;
  html?: unknown;
  text?: unknown;
  tags?: unknown;
}

function validationError(message: string) {
  return { status: 422, body: { statusCode: 422, name: "validation_error", message } };
}

export async function startMailSandbox(port = 0): Promise<SandboxServer & { messages: SandboxMessage[] }> {
  const messages: SandboxMessage[] = [];
  const byIdempotencyKey = new Map<string, SandboxMessage>();

  const server = await startSandboxServer((request, rawBody, url) => {
    if (request.method === "POST" && url.pathname === "/emails") {
      if (!request.headers.authorization?.startsWith("Bearer ")) {
        return { status: 401, body: { statusCode: 401, name: "missing_api_key", message: "Missing API key in the authorization header." } };
      }
      const key = request.headers["idempotency-key"];
      const idempotencyKey = typeof key === "string" ? key : null;
      const existing = idempotencyKey ? byIdempotencyKey.get(idempotencyKey) : undefined;
      if (existing) return { status: 200, body: { id: existing.id } };

      let body: SendBody;
      try {
        body = JSON.parse(rawBody);
      } catch {
        return validationError("Invalid JSON body.");
      }
      const to = Array.isArray(body.to) ? body.to : [body.to];
      if (typeof body.from !== "string" || !body.from) return validationError("The `from` field is missing.");
      if (!to.every((address) => typeof address === "string" && address.includes("@"))) return validationError("Invalid `to` field.");
      if (typeof body.subject !== "string" || !body.subject) return validationError("The `subject` field is missing.");
      if (typeof body.html !== "string") return validationError("The `html` field is missing.");

      const message: SandboxMessage = {
        id: randomUUID(),
        from: body.from,
        to: to as string[],
        subject: body.subject,
        html: body.html,
        text: typeof body.text === "string" ? body.text : null,
        tags: body.tags ?? null,
        created_at: new Date().toISOString(),
        idempotency_key: idempotencyKey,
      };
      messages.push(message);
      if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, message);
      return { status: 200, body: { id: message.id } };
    }

    const single = url.pathname.match(/^\/(?:emails|sandbox\/messages)\/([\w-]+)$/);
    if (request.method === "GET" && single) {
      const message = messages.find((candidate) => candidate.id === single[1]);
      return message ? { status: 200, body: { object: "email", ...message } } : { status: 404, body: { statusCode: 404, name: "not_found", message: "Email not found" } };
    }

    if (url.pathname === "/sandbox/messages") {
      if (request.method === "DELETE") {
        messages.length = 0;
        byIdempotencyKey.clear();
        return { status: 204 };
      }
      const to = url.searchParams.get("to")?.toLowerCase();
      const listed = messages.filter((message) => !to || message.to.some((address) => address.toLowerCase().includes(to)));
      return { status: 200, body: { data: [...listed].reverse() } };
    }

    return { status: 404, body: { statusCode: 404, name: "not_found", message: `No route ${request.method} ${url.pathname}` } };
  }, port);

  return { ...server, messages };
}
