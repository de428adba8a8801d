import type { ReactElement } from "react";
import AccountExists, { accountExistsSubject, type AccountExistsProps } from "@/emails/account-exists";
import PayoutsLink, { payoutsLinkSubject, type PayoutsLinkProps } from "@/emails/payouts-link";
import PayoutsPaused, { payoutsPausedSubject, type PayoutsPausedProps } from "@/emails/payouts-paused";
import PayoutsRejected, { payoutsRejectedSubject, type PayoutsRejectedProps } from "@/emails/payouts-rejected";
import PayoutsNeedsInformation, { payoutsNeedsInformationSubject, type PayoutsNeedsInformationProps } from "@/emails/payouts-needs-information";
import AdminCreatorRejected, { adminCreatorRejectedSubject, type AdminCreatorRejectedProps } from "@/emails/admin-creator-rejected";
import VerifyEmail, { verifyEmailSubject, type VerifyEmailProps } from "@/emails/verify-email";
import Welcome, { welcomeSubject, type WelcomeProps } from "@/emails/welcome";
import AdminInvite, { adminInviteSubject } from "@/emails/admin-invite";
import EmailChangeNotice, { emailChangeNoticeSubject } from "@/emails/email-change-notice";
import EmailChangeVerify, { emailChangeVerifySubject } from "@/emails/email-change-verify";
import PasswordChanged, { passwordChangedSubject } from "@/emails/password-changed";
import PasswordReset, { passwordResetSubject } from "@/emails/password-reset";
import type { AccountEmailProps } from "@/emails/components/account-email";

type WithoutCommon<T> = Omit<T, "language" | "support_email">;

export type EmailContent =
  | { template: "verify-email"; props: WithoutCommon<VerifyEmailProps> }
  | { template: "account-exists"; props: WithoutCommon<AccountExistsProps> }
  | { template: "welcome"; props: WithoutCommon<WelcomeProps> }
  | { template: "payouts-link"; props: WithoutCommon<PayoutsLinkProps> }
  | { template: "payouts-paused"; props: WithoutCommon<PayoutsPausedProps> }
  | { template: "payouts-rejected"; props: WithoutCommon<PayoutsRejectedProps> }
  | { template: "payouts-needs-information"; props: WithoutCommon<PayoutsNeedsInformationProps> }
  | { template: "admin-creator-rejected"; props: WithoutCommon<AdminCreatorRejectedProps> }
  | { template: "password-reset" | "password-changed" | "email-change-verify" | "email-change-notice" | "admin-invite"; props: WithoutCommon<AccountEmailProps> };

export type EmailTemplate = EmailContent["template"];

export function buildEmail(content: EmailContent, language: string, supportEmail: string): { subject: string; element: ReactElement } {
  const common = { language, support_email: supportEmail };
  switch (content.template) {
    case "verify-email":
      return { subject: verifyEmailSubject(common), element: <VerifyEmail {...common} {...content.props} /> };
    case "account-exists":
      return { subject: accountExistsSubject(common), element: <AccountExists {...common} {...content.props} /> };
    case "welcome":
      return { subject: welcomeSubject(common), element: <Welcome {...common} {...content.props} /> };
    case "payouts-link":
      return { subject: payoutsLinkSubject(common), element: <PayoutsLink {...common} {...content.props} /> };
    case "payouts-paused":
      return { subject: payoutsPausedSubject(common), element: <PayoutsPaused {...common} {...content.props} /> };
    case "payouts-rejected":
      return { subject: payoutsRejectedSubject(common), element: <PayoutsRejected {...common} {...content.props} /> };
    case "payouts-needs-information":
      return { subject: payoutsNeedsInformationSubject(common), element: <PayoutsNeedsInformation {...common} {...content.props} /> };
    case "admin-creator-rejected":
      return { subject: adminCreatorRejectedSubject(common), element: <AdminCreatorRejected {...common} {...content.props} /> };
    case "password-reset":
      return { subject: passwordResetSubject(common), element: <PasswordReset {...common} {...content.props} /> };
    case "password-changed":
      return { subject: passwordChangedSubject(common), element: <PasswordChanged {...common} {...content.props} /> };
    case "email-change-verify":
      return { subject: emailChangeVerifySubject(common), element: <EmailChangeVerify {...common} {...content.props} /> };
    case "email-change-notice":
      return { subject: emailChangeNoticeSubject(common), element: <EmailChangeNotice {...common} {...content.props} /> };
    case "admin-invite":
      return { subject: adminInviteSubject(common), element: <AdminInvite {...common} {...content.props} /> };
  }
}
