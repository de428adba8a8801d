import type { ReactElement } from "react";
import AccountExists, { accountExistsSubject } from "@/emails/account-exists";
import PayoutsLink, { payoutsLinkSubject } from "@/emails/payouts-link";
import PayoutsPaused, { payoutsPausedSubject } from "@/emails/payouts-paused";
import PayoutsRejected, { payoutsRejectedSubject } from "@/emails/payouts-rejected";
import PayoutsNeedsInformation, { payoutsNeedsInformationSubject } from "@/emails/payouts-needs-information";
import AdminCreatorRejected, { adminCreatorRejectedSubject } from "@/emails/admin-creator-rejected";
import VerifyEmail, { verifyEmailSubject } from "@/emails/verify-email";
import Welcome, { welcomeSubject } from "@/emails/welcome";
import AdminInvite, { adminInviteSubject } from "@/emails/admin-invite";
import EmailChangeNotice, { emailChangeNoticeSubject } from "@/emails/email-change-notice";
import EmailChangeVerify, { emailChangeVerifySubject } from "@/emails/email-change-verify";
import PasswordChanged, { passwordChangedSubject } from "@/emails/password-changed";
import PasswordReset, { passwordResetSubject } from "@/emails/password-reset";
import Nudge, { nudgeSubject } from "@/emails/nudge";
import DeadlineReminder, { deadlineReminderSubject } from "@/emails/deadline-reminder";

type WithoutCommon<T> = Omit<T, "language" | "support_email">;

// Every email the app sends: its component and its subject, by the template name the outbox
// row carries (`email/<template>`).
const TEMPLATES = {
  "verify-email": { Component: VerifyEmail, subject: verifyEmailSubject },
  "account-exists": { Component: AccountExists, subject: accountExistsSubject },
  welcome: { Component: Welcome, subject: welcomeSubject },
  "payouts-link": { Component: PayoutsLink, subject: payoutsLinkSubject },
  "payouts-paused": { Component: PayoutsPaused, subject: payoutsPausedSubject },
  "payouts-rejected": { Component: PayoutsRejected, subject: payoutsRejectedSubject },
  "payouts-needs-information": { Component: PayoutsNeedsInformation, subject: payoutsNeedsInformationSubject },
  "admin-creator-rejected": { Component: AdminCreatorRejected, subject: adminCreatorRejectedSubject },
  "password-reset": { Component: PasswordReset, subject: passwordResetSubject },
  "password-changed": { Component: PasswordChanged, subject: passwordChangedSubject },
  "email-change-verify": { Component: EmailChangeVerify, subject: emailChangeVerifySubject },
  "email-change-notice": { Component: EmailChangeNotice, subject: emailChangeNoticeSubject },
  "admin-invite": { Component: AdminInvite, subject: adminInviteSubject },
  // Marketing mail: sent with List-Unsubscribe, and only to those who still want it.
  nudge: { Component: Nudge, subject: nudgeSubject },
  "deadline-reminder": { Component: DeadlineReminder, subject: deadlineReminderSubject },
} as const;

type Templates = typeof TEMPLATES;
export type EmailTemplate = keyof Templates;

/** A template and its own props (the language and the support address are added when it is built). */
export type EmailContent = { [T in EmailTemplate]: { template: T; props: WithoutCommon<Parameters<Templates[T]["Component"]>[0]> } }[EmailTemplate];

export function buildEmail(content: EmailContent, language: string, supportEmail: string): { subject: string; element: ReactElement } {
  const common = { language, support_email: supportEmail };
  // One entry per template above; its props are the ones EmailContent pairs with that name.
  const { Component, subject } = TEMPLATES[content.template] as { Component: (props: object) => ReactElement; subject: (props: { language: string }) => string };
  return { subject: subject({ ...common, ...content.props }), element: <Component {...common} {...content.props} /> };
}
