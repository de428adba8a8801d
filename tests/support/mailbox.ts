import { drainOutbox } from "@/lib/outbox/relay";
import type { SandboxMessage } from "@/lib/sandbox/mail";

/**
 * The messages to an address in this file's mail sandbox, newest first. Emails leave through
 * the outbox, so whatever is due is delivered first (the app's relay does it after each commit).
 */
export async function emailsTo(address: string): Promise<SandboxMessage[]> {
  await drainOutbox();
  const response = await fetch(`${process.env.MAIL_SANDBOX_URL}/sandbox/messages?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { data: SandboxMessage[] }).data.filter((message) => message.to.includes(address));
}

export async function latestEmailTo(address: string): Promise<SandboxMessage> {
  const [latest] = await emailsTo(address);
  if (!latest) throw new Error(`no email to ${address}`);
  return latest;
}

/** The `token` of the verification link in an email's HTML. */
export function verificationTokenIn(message: SandboxMessage): string {
  const match = message.html.match(/\/verify-email\?token=([\w-]+)/);
  if (!match) throw new Error(`no verification link in "${message.subject}"`);
  return match[1];
}
