import { env } from "@/lib/env";
import type { SandboxMessage } from "@/lib/sandbox/mail";

// Reads the local mail sandbox for the /dev/mailbox pages. Only available in sandbox mode:
// with a real email provider these pages do not exist.

export function mailboxAvailable(): boolean {
  return env().EMAIL_PROVIDER === "sandbox" && Boolean(env().MAIL_SANDBOX_URL);
}

export async function listSandboxMessages(): Promise<SandboxMessage[]> {
  const response = await fetch(`${env().MAIL_SANDBOX_URL}/sandbox/messages`, { cache: "no-store" });
  return ((await response.json()) as { data: SandboxMessage[] }).data;
}

export async function getSandboxMessage(id: string): Promise<SandboxMessage | null> {
  const response = await fetch(`${env().MAIL_SANDBOX_URL}/sandbox/messages/${encodeURIComponent(id)}`, { cache: "no-store" });
  return response.ok ? ((await response.json()) as SandboxMessage) : null;
}
