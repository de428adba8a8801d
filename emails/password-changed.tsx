import { AccountEmail, accountEmailSubject, type AccountEmailProps } from "./components/account-email";

export type PasswordChangedProps = AccountEmailProps;

export function passwordChangedSubject(props: Pick<AccountEmailProps, "language">) {
  return accountEmailSubject("passwordChanged", props.language);
}

export default function PasswordChanged(props: AccountEmailProps) {
  return <AccountEmail kind="passwordChanged" {...props} />;
}

PasswordChanged.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  action_url: "http://localhost:3000/password-changed?token=preview-token",
  user_email: "creator@example.com",
  other_email: "other@example.com",
  expires_minutes: 30,
} satisfies AccountEmailProps;
