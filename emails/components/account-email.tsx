import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./email-layout";
import { asLanguage, translator, type MessageKey } from "@/lib/i18n";

// The account emails (password reset and change, email change, admin invitation) share one
// shape: a heading, what happened, one button, the link spelled out, how long it works, and
// what to do if it was not you. Each template names its catalogue section.

export type AccountEmailKind = "passwordReset" | "passwordChanged" | "emailChangeVerify" | "emailChangeNotice" | "adminInvite";

export interface AccountEmailProps {
  language: string;
  support_email: string;
  action_url: string;
  /** The account's address (or, for an email change, the address it moves to). */
  user_email: string;
  /** Who else the email is about: the other address of an email change, the inviting admin. */
  other_email?: string;
  expires_minutes?: number;
}

export function accountEmailSubject(kind: AccountEmailKind, language: string): string {
  return translator(asLanguage(language))(`emails.${kind}.subject` as MessageKey);
}

export function AccountEmail({ kind, ...props }: AccountEmailProps & { kind: AccountEmailKind }) {
  const t = translator(asLanguage(props.language));
  const key = (part: string) => `emails.${kind}.${part}` as MessageKey;
  const values = { email: props.user_email, other: props.other_email ?? "" };
  return (
    <EmailLayout language={props.language} preview={t(key("preview"))} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t(key("heading"))}</Heading>
      <Text style={emailStyles.text}>{t(key("body"), values as never)}</Text>
      <Button href={props.action_url} style={emailStyles.button}>
        {t(key("button"))}
      </Button>
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{t("emails.fallback")}</Text>
      <Text style={emailStyles.small}>
        <Link href={props.action_url} style={emailStyles.link}>
          {props.action_url}
        </Link>
      </Text>
      {props.expires_minutes !== undefined && <Text style={emailStyles.small}>{t("emails.linkExpiry", { minutes: props.expires_minutes })}</Text>}
      <Text style={emailStyles.small}>{t(key("note"), values as never)}</Text>
    </EmailLayout>
  );
}
