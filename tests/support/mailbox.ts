import { inject } from "vitest";
import type { SandboxMessage } from "@/lib/sandbox/mail";

export async function emailsTo(address: string): Promise<SandboxMessage[]> {
  const response = await fetch(`${inject("mailSandboxUrl")}/sandbox/messages?to=${encodeURIComponent(address)}`);
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
