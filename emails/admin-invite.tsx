import { AccountEmail, accountEmailSubject, type AccountEmailProps } from "./components/account-email";

export type AdminInviteProps = AccountEmailProps;

export function adminInviteSubject(props: Pick<AccountEmailProps, "language">) {
  return accountEmailSubject("adminInvite", props.language);
}

export default function AdminInvite(props: AccountEmailProps) {
  return <AccountEmail kind="adminInvite" {...props} />;
}

AdminInvite.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  action_url: "http://localhost:3000/admin-invite?token=preview-token",
  user_email: "creator@example.com",
  other_email: "other@example.com",
  expires_minutes: 30,
} satisfies AccountEmailProps;
