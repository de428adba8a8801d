import { db, Prisma } from "@/lib/db";
import type { EmailTemplate } from "@/lib/email/templates";

// Writing to the transactional outbox: every side effect that must not be lost (an email, an
// event for the job engine) is a row written in the same transaction as the fact it
// announces. lib/outbox/relay.ts delivers the rows after commit. See docs/decisions/004.

/** What the email's preparer needs to find its recipient (usually `userId`). */
export type EmailPayload = Record<string, Prisma.InputJsonValue>;

function emailEventName(template: EmailTemplate): string {
  return `email/${template}`;
}

/** Queues an email (rendered and sent by the relay, with the row id as idempotency key). */
export async function enqueueEmail(tx: Prisma.TransactionClient, template: EmailTemplate, payload: EmailPayload): Promise<string> {
  const row = await tx.outboxEvent.create({ data: { name: emailEventName(template), payload }, select: { id: true } });
  return row.id;
}

/**
 * The same row as SQL, for the account that a CTE named `account` selects (`payload` may use its
 * columns): a request whose timing must not tell whether an address has an account writes it
 * in one statement with its other rows (lib/auth/password-reset.ts). Call outboxWritten() after.
 */
export function emailRowForAccount(id: string, template: EmailTemplate, payload: Prisma.Sql, at: Date): Prisma.Sql {
  return Prisma.sql`INSERT INTO outbox_events (id, name, payload, available_at, created_at) SELECT ${id}, ${emailEventName(template)}, ${payload}, ${at}, ${at} FROM account`;
}

/** Queues an event for the job engine (Inngest, or the in-process runner); its id is the row id. */
export async function enqueueJobEvent(tx: Prisma.TransactionClient, name: string, data: Prisma.InputJsonObject): Promise<string> {
  const row = await tx.outboxEvent.create({ data: { name, payload: data }, select: { id: true } });
  return row.id;
}

// Relays running in this process (and module copies in other bundles) hear about new rows
// through a listener list on globalThis, so a commit is followed by a delivery at once
// instead of at the next scheduled pass.
const globalForOutbox = globalThis as unknown as { ofmOutboxListeners?: Set<() => void> };

export function onOutboxWritten(listener: () => void): () => void {
  globalForOutbox.ofmOutboxListeners ??= new Set();
  globalForOutbox.ofmOutboxListeners.add(listener);
  return () => globalForOutbox.ofmOutboxListeners?.delete(listener);
}

/** Call after the commit of a transaction that wrote outbox rows. */
export function outboxWritten(): void {
  for (const listener of globalForOutbox.ofmOutboxListeners ?? []) listener();
}

/** A transaction whose outbox rows are announced to the relay once it has committed. */
export async function transactionWithOutbox<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
  const result = await db.$transaction(work, options);
  outboxWritten();
  return result;
}
