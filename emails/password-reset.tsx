import { AccountEmail, accountEmailSubject, type AccountEmailProps } from "./components/account-email";

export type PasswordResetProps = AccountEmailProps;

export function passwordResetSubject(props: Pick<AccountEmailProps, "language">) {
  return accountEmailSubject("passwordReset", props.language);
}

export default function PasswordReset(props: AccountEmailProps) {
  return <AccountEmail kind="passwordReset" {...props} />;
}

PasswordReset.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  action_url: "http://localhost:3000/password-reset?token=preview-token",
  user_email: "creator@example.com",
  other_email: "other@example.com",
  expires_minutes: 30,
} satisfies AccountEmailProps;
