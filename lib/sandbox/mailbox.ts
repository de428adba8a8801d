import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { env } from "@/lib/env";
import type { SandboxMessage } from "@/lib/sandbox/mail";

// Reads the local mail sandbox for the /dev/mailbox pages. With a real email provider these
// pages do not exist. In production they would hand every verification link to whoever asks,
// so there (only with ALLOW_SANDBOX_IN_PRODUCTION) they are for admins.

export type MailboxAccess = "open" | "admins" | "none";

export function mailboxAccess(): MailboxAccess {
  const current = env();
  if (current.EMAIL_PROVIDER !== "sandbox" || !current.MAIL_SANDBOX_URL) return "none";
  if (!current.isProduction) return "open";
  return current.ALLOW_SANDBOX_IN_PRODUCTION ? "admins" : "none";
}

/** For the mailbox pages: 404 where there is no mailbox, sign-in as an admin where it is guarded. */
export async function guardMailboxPage(returnTo: string): Promise<void> {
  const access = mailboxAccess();
  if (access === "none") notFound();
  if (access === "admins") await requirePageUser({ roles: ["admin"], returnTo });
}

export async function listSandboxMessages(): Promise<SandboxMessage[]> {
  const response = await fetch(`${env().MAIL_SANDBOX_URL}/sandbox/messages`, { cache: "no-store" });
  return ((await response.json()) as { data: SandboxMessage[] }).data;
}

export async function getSandboxMessage(id: string): Promise<SandboxMessage | null> {
  const response = await fetch(`${env().MAIL_SANDBOX_URL}/sandbox/messages/${encodeURIComponent(id)}`, { cache: "no-store" });
  return response.ok ? ((await response.json()) as SandboxMessage) : null;
}
