import { AccountEmail, accountEmailSubject, type AccountEmailProps } from "./components/account-email";

export type EmailChangeVerifyProps = AccountEmailProps;

export function emailChangeVerifySubject(props: Pick<AccountEmailProps, "language">) {
  return accountEmailSubject("emailChangeVerify", props.language);
}

export default function EmailChangeVerify(props: AccountEmailProps) {
  return <AccountEmail kind="emailChangeVerify" {...props} />;
}

EmailChangeVerify.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  action_url: "http://localhost:3000/email-change-verify?token=preview-token",
  user_email: "creator@example.com",
  other_email: "other@example.com",
  expires_minutes: 30,
} satisfies AccountEmailProps;
