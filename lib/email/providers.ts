import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { Client as SendGridClient } from "@sendgrid/client";
import { MailService } from "@sendgrid/mail";
import { Resend } from "resend";
import { env } from "@/lib/env";

// The three email providers behind one call, each through its official SDK. In sandbox mode
// (and in tests) the SDK of `EMAIL_SANDBOX_FLAVOR` is pointed at the local mail sandbox, which
// speaks that provider's send API; in production, at the provider. Every send carries the
// outbox row id: Resend's idempotency key, a SendGrid custom arg, an SES message tag — which
// the provider's delivery events carry back (lib/email/delivery-events.ts).

interface OutgoingEmail {
  outboxId: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  template: string;
  /** Extra headers (List-Unsubscribe on marketing mail); each provider's API carries them. */
  headers?: Record<string, string>;
}

/** A refusal that a retry cannot fix (invalid address, unverified sender domain). */
export class PermanentEmailError extends Error {
  override name = "PermanentEmailError";
}

export interface EmailProvider {
  name: "resend" | "sendgrid" | "ses";
  /** Sends and returns the provider's message id; throws PermanentEmailError or a retryable error. */
  send: (email: OutgoingEmail) => Promise<string>;
}

const SANDBOX_CREDENTIALS = { resend: "re_sandbox_local", sendgrid: "SG.sandbox-local", ses: { accessKeyId: "AKIASANDBOXLOCAL", secretAccessKey: "sandbox-local-secret" } };

/** 4xx other than 409 and 429 is a request the provider will never accept; the rest is worth retrying. */
function failure(status: number | null | undefined, message: string): Error {
  return status && status >= 400 && status < 500 && status !== 429 && status !== 409 ? new PermanentEmailError(message) : new Error(message);
}

function sandboxUrl(): string | undefined {
  const current = env();
  if (current.EMAIL_PROVIDER !== "sandbox") return undefined;
  if (!current.MAIL_SANDBOX_URL) throw new Error("The local mail sandbox is not running (start the app with npm run dev / npm start).");
  return current.MAIL_SANDBOX_URL;
}

function resendProvider(): EmailProvider {
  const baseUrl = sandboxUrl();
  const client = new Resend(baseUrl ? SANDBOX_CREDENTIALS.resend : env().RESEND_API_KEY, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(email) {
      const { data, error } = await client.emails.send(
        { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers, tags: [{ name: "template", value: email.template }] },
        { idempotencyKey: email.outboxId },
      );
      if (data) return data.id;
      throw failure((error as { statusCode?: number | null } | null)?.statusCode, `${error?.name ?? "error"}: ${error?.message ?? "unknown error"}`);
    },
  };
}

function sendgridProvider(): EmailProvider {
  const baseUrl = sandboxUrl();
  const client = new SendGridClient();
  client.setApiKey(baseUrl ? SANDBOX_CREDENTIALS.sendgrid : env().SENDGRID_API_KEY!);
  if (baseUrl) client.setDefaultRequest("baseUrl", `${baseUrl}/`);
  const mail = new MailService();
  mail.setClient(client);
  return {
    name: "sendgrid",
    async send(email) {
      try {
        const [response] = await mail.send({
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: email.headers,
          categories: [email.template],
          // Comes back on every event of this message, so events find the email by its row.
          customArgs: { outbox_id: email.outboxId },
        });
        const messageId = response.headers["x-message-id"];
        if (typeof messageId !== "string" || !messageId) throw new Error("SendGrid accepted the email without an X-Message-Id");
        return messageId;
      } catch (error) {
        const response = (error as { code?: number; response?: { body?: { errors?: Array<{ message?: string }> } } }).response;
        throw failure((error as { code?: number }).code, `sendgrid: ${response?.body?.errors?.map((entry) => entry.message).join("; ") ?? (error as Error).message}`);
      }
    },
  };
}

function sesProvider(): EmailProvider {
  const baseUrl = sandboxUrl();
  const client = new SESv2Client(baseUrl ? { region: "eu-west-1", endpoint: baseUrl, credentials: SANDBOX_CREDENTIALS.ses } : { region: env().SES_REGION });
  return {
    name: "ses",
    async send(email) {
      try {
        const result = await client.send(
          new SendEmailCommand({
            FromEmailAddress: email.from,
            Destination: { ToAddresses: [email.to] },
            Content: {
              Simple: {
                Subject: { Data: email.subject, Charset: "UTF-8" },
                Body: { Html: { Data: email.html, Charset: "UTF-8" }, Text: { Data: email.text, Charset: "UTF-8" } },
                ...(email.headers ? { Headers: Object.entries(email.headers).map(([Name, Value]) => ({ Name, Value })) } : {}),
              },
            },
            // Tags come back in the configuration set's events.
            EmailTags: [
              { Name: "outbox_id", Value: email.outboxId },
              { Name: "template", Value: email.template },
            ],
            ConfigurationSetName: baseUrl ? undefined : env().SES_CONFIGURATION_SET,
          }),
        );
        if (!result.MessageId) throw new Error("SES accepted the email without a MessageId");
        return result.MessageId;
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        throw failure(status, `ses: ${(error as Error).name}: ${(error as Error).message}`);
      }
    },
  };
}

let cached: { key: string; provider: EmailProvider } | undefined;

/** The provider in force (rebuilt when the configuration changes, as in tests). */
export function emailProvider(): EmailProvider {
  const current = env();
  const key = [current.emailApi, current.EMAIL_PROVIDER, current.MAIL_SANDBOX_URL, current.RESEND_API_KEY, current.SENDGRID_API_KEY, current.SES_REGION].join("|");
  if (cached?.key !== key) {
    const build = { resend: resendProvider, sendgrid: sendgridProvider, ses: sesProvider }[current.emailApi];
    cached = { key, provider: build() };
  }
  return cached.provider;
}
