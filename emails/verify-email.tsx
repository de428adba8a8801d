import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator, type Translator } from "@/lib/i18n";

export interface VerifyEmailProps {
  language: string;
  verification_url: string;
  user_email: string;
  expires_minutes: number;
  support_email: string;
}

/** Whole hours read as hours ("24 hours"), anything else as minutes. */
function expiry(t: Translator, minutes: number): string {
  return minutes % 60 === 0 ? t("emails.verifyEmail.expiry", { unit: "hours", count: minutes / 60 }) : t("emails.verifyEmail.expiry", { unit: "minutes", count: minutes });
}

export function verifyEmailSubject(props: Pick<VerifyEmailProps, "language">) {
  return translator(asLanguage(props.language))("emails.verifyEmail.subject");
}

export default function VerifyEmail(props: VerifyEmailProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.verifyEmail.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.verifyEmail.heading")}</Heading>
      <Text style={emailStyles.text}>{t("emails.verifyEmail.body", { email: props.user_email })}</Text>
      <Button href={props.verification_url} style={emailStyles.button}>
        {t("emails.verifyEmail.button")}
      </Button>
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{t("emails.verifyEmail.fallback")}</Text>
      <Text style={emailStyles.small}>
        <Link href={props.verification_url} style={emailStyles.link}>
          {props.verification_url}
        </Link>
      </Text>
      <Text style={emailStyles.small}>{expiry(t, props.expires_minutes)}</Text>
      <Text style={emailStyles.small}>{t("emails.verifyEmail.ignore")}</Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  language: "en",
  verification_url: "http://localhost:3000/verify-email?token=preview-token",
  user_email: "creator@example.com",
  expires_minutes: 1440,
  support_email: "support@ofm.local",
} satisfies VerifyEmailProps;
