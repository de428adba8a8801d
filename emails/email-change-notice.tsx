import { AccountEmail, accountEmailSubject, type AccountEmailProps } from "./components/account-email";

export type EmailChangeNoticeProps = AccountEmailProps;

export function emailChangeNoticeSubject(props: Pick<AccountEmailProps, "language">) {
  return accountEmailSubject("emailChangeNotice", props.language);
}

export default function EmailChangeNotice(props: AccountEmailProps) {
  return <AccountEmail kind="emailChangeNotice" {...props} />;
}

EmailChangeNotice.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  action_url: "http://localhost:3000/email-change-notice?token=preview-token",
  user_email: "creator@example.com",
  other_email: "other@example.com",
  expires_minutes: 30,
} satisfies AccountEmailProps;
