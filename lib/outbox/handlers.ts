import { sendJobEvents, type JobEvent } from "@/lib/automation/engine";
import { prepareAccountExistsEmail } from "@/lib/auth/register";
import { prepareVerificationEmail } from "@/lib/auth/verification";
import { preparePasswordChangedEmail, preparePasswordResetEmail } from "@/lib/auth/password-reset";
import { prepareEmailChangeNoticeEmail, prepareEmailChangeVerifyEmail } from "@/lib/auth/email-change";
import { prepareAdminInviteEmail } from "@/lib/admin/team";
import { deliverEmail, PermanentEmailError, recordEmailFailure, type Delivery, type PreparedEmail } from "@/lib/email/send";
import type { EmailTemplate } from "@/lib/email/templates";
import { prepareAdminCreatorRejectedEmail, prepareDeadlineReminderEmail, prepareNudgeEmail, preparePayoutsLinkEmail, preparePayoutsNeedsInformationEmail, preparePayoutsPausedEmail, preparePayoutsRejectedEmail, prepareWelcomeEmail } from "@/lib/onboarding/notifications";

// What each kind of outbox row means: `email/<template>` rows are prepared by the domain that
// owns the email (which may decide there is nothing to send any more) and sent through the
// email provider; every other name is an event for the job engine.

export interface OutboxRow {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

export interface Transport {
  sendJobEvents: (events: JobEvent[]) => Promise<void>;
  sendEmail: (outboxId: string, email: PreparedEmail) => Promise<Delivery>;
}

const DEFAULT_TRANSPORT: Transport = { sendJobEvents, sendEmail: deliverEmail };

// Each preparer reads the payload its own domain wrote (most carry `userId`).
type Preparer = (payload: never, row: { id: string; createdAt: Date }) => Promise<PreparedEmail | null>;

const EMAIL_PREPARERS: Record<EmailTemplate, Preparer> = {
  "verify-email": prepareVerificationEmail,
  "account-exists": prepareAccountExistsEmail,
  welcome: prepareWelcomeEmail,
  "payouts-link": preparePayoutsLinkEmail,
  "payouts-paused": preparePayoutsPausedEmail,
  "payouts-rejected": preparePayoutsRejectedEmail,
  "payouts-needs-information": preparePayoutsNeedsInformationEmail,
  "admin-creator-rejected": prepareAdminCreatorRejectedEmail,
  "password-reset": preparePasswordResetEmail,
  "password-changed": preparePasswordChangedEmail,
  "email-change-verify": prepareEmailChangeVerifyEmail,
  "email-change-notice": prepareEmailChangeNoticeEmail,
  "admin-invite": prepareAdminInviteEmail,
  nudge: prepareNudgeEmail,
  "deadline-reminder": prepareDeadlineReminderEmail,
};

export type RowOutcome = { status: "sent" | "skipped" } | { status: "failed"; error: unknown; permanent: boolean };

const EMAIL_CONCURRENCY = 4;

async function deliverEmailRow(row: OutboxRow, transport: Transport): Promise<RowOutcome> {
  const template = row.name.slice("email/".length) as EmailTemplate;
  const prepare = EMAIL_PREPARERS[template];
  if (!prepare) return { status: "failed", error: new Error(`unknown email template ${template}`), permanent: true };
  let prepared: PreparedEmail | null = null;
  try {
    prepared = await prepare(row.payload as never, row);
    if (!prepared) return { status: "skipped" };
    const delivery = await transport.sendEmail(row.id, prepared);
    return { status: delivery.status === "sent" ? "sent" : "skipped" };
  } catch (error) {
    const permanent = error instanceof PermanentEmailError;
    if (prepared && permanent) await recordEmailFailure(row.id, prepared, (error as Error).message);
    return { status: "failed", error, permanent };
  }
}

/** Delivers claimed rows: job events in one batch, emails a few at a time. */
export async function deliverRow(rows: OutboxRow[], overrides: Partial<Transport> = {}): Promise<Map<string, RowOutcome>> {
  const transport = { ...DEFAULT_TRANSPORT, ...overrides };
  const outcomes = new Map<string, RowOutcome>();
  const events = rows.filter((row) => !row.name.startsWith("email/"));
  if (events.length > 0) {
    try {
      await transport.sendJobEvents(events.map((row) => ({ id: row.id, name: row.name, data: row.payload })));
      for (const row of events) outcomes.set(row.id, { status: "sent" });
    } catch (error) {
      for (const row of events) outcomes.set(row.id, { status: "failed", error, permanent: false });
    }
  }
  const emails = rows.filter((row) => row.name.startsWith("email/"));
  for (let index = 0; index < emails.length; index += EMAIL_CONCURRENCY) {
    const batch = emails.slice(index, index + EMAIL_CONCURRENCY);
    const delivered = await Promise.all(batch.map((row) => deliverEmailRow(row, transport)));
    batch.forEach((row, position) => outcomes.set(row.id, delivered[position]));
  }
  return outcomes;
}
