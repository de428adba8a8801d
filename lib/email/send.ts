import { render } from "@react-email/render";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { buildEmail, type EmailContent } from "@/lib/email/templates";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";

// The real Resend SDK every time; in sandbox mode it is pointed at the local mail sandbox
// (lib/sandbox/mail.ts), which speaks the same API.
const SANDBOX_API_KEY = "re_sandbox_local";

let client: Resend | undefined;
let clientBaseUrl: string | undefined;

function resend(): Resend {
  const current = env();
  const baseUrl = current.EMAIL_PROVIDER === "sandbox" ? current.MAIL_SANDBOX_URL : undefined;
  if (!client || clientBaseUrl !== baseUrl) {
    client = new Resend(current.EMAIL_PROVIDER === "resend" ? current.RESEND_API_KEY : SANDBOX_API_KEY, baseUrl ? { baseUrl } : undefined);
    clientBaseUrl = baseUrl;
  }
  return client;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

async function renderNow(content: EmailContent, language: string): Promise<RenderedEmail> {
  const { subject, element } = buildEmail(content, language, env().SUPPORT_EMAIL);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

// Rendering a react-email template costs as much CPU as the argon2id hash of a registration,
// and only the string props (links, addresses) differ between two emails of one template. So
// each template is rendered once per language with placeholder words in those props, and the
// real values are put in afterwards (HTML-escaped in the HTML version).
const PLACEHOLDER_SALT = Math.random().toString(36).slice(2, 10);
const renderedShapes = new Map<string, Promise<RenderedEmail>>();

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[character]!);
}

export async function renderEmail(content: EmailContent, language: string): Promise<RenderedEmail> {
  const props = content.props as Record<string, unknown>;
  const slots = Object.entries(props).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const placeholderProps = { ...props, ...Object.fromEntries(slots.map(([name], index) => [name, `ofmslot${index}x${PLACEHOLDER_SALT}`])) };
  const key = JSON.stringify([content.template, language, env().SUPPORT_EMAIL, Object.entries(props).filter(([, value]) => typeof value !== "string")]);
  if (!renderedShapes.has(key)) renderedShapes.set(key, renderNow({ ...content, props: placeholderProps } as EmailContent, language));
  const shape = await renderedShapes.get(key)!;
  let { html, text } = shape;
  slots.forEach(([, value], index) => {
    const placeholder = `ofmslot${index}x${PLACEHOLDER_SALT}`;
    html = html.replaceAll(placeholder, escapeHtml(value));
    text = text.replaceAll(placeholder, value);
  });
  return { subject: shape.subject, html, text };
}

export type EmailOutcome = { status: "sent"; providerMessageId: string } | { status: "failed"; error: string };

interface OutgoingEmail {
  to: string;
  language: string;
  content: EmailContent;
  userId?: string;
  /** Same key, same email: a retried request never sends twice (Resend honours it for 24 h). */
  idempotencyKey: string;
}

/** Renders and sends one email, and records it in email_log. Never throws on delivery failure. */
export async function sendEmail(email: OutgoingEmail): Promise<EmailOutcome> {
  const rendered = await renderEmail(email.content, email.language);
  let outcome: EmailOutcome;
  if (env().EMAIL_PROVIDER === "sandbox" && !env().MAIL_SANDBOX_URL) {
    outcome = { status: "failed", error: "The local mail sandbox is not running (start the app with npm run dev / npm start)." };
  } else {
    try {
      const { data, error } = await resend().emails.send(
        { from: env().FROM_EMAIL, to: email.to, subject: rendered.subject, html: rendered.html, text: rendered.text, tags: [{ name: "template", value: email.content.template }] },
        { idempotencyKey: email.idempotencyKey },
      );
      outcome = data ? { status: "sent", providerMessageId: data.id } : { status: "failed", error: error?.message ?? "unknown error" };
    } catch (error) {
      outcome = { status: "failed", error: (error as Error).message };
    }
  }

  // The log is a record, not part of sending: losing it (database down) must not fail the caller.
  await db.emailLog
    .create({
      data: {
        userId: email.userId,
        template: email.content.template,
        toAddress: email.to,
        language: email.language,
        status: outcome.status,
        providerMessageId: outcome.status === "sent" ? outcome.providerMessageId : null,
        error: outcome.status === "failed" ? outcome.error : null,
      },
    })
    .catch((error) => logger().warn({ err: error }, "email log not written"));
  metrics().emails.inc({ template: email.content.template, outcome: outcome.status });
  if (outcome.status === "failed") logger().warn({ template: email.content.template, error: outcome.error }, "email not sent");
  return outcome;
}
