import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

export interface AdminCreatorRejectedProps {
  language: string;
  creator_email: string;
  /** Stripe's reason, in plain words (payout.disabledReasons). */
  reason: string;
  creator_url: string;
  support_email: string;
}

export function adminCreatorRejectedSubject(props: Pick<AdminCreatorRejectedProps, "language">) {
  return translator(asLanguage(props.language))("emails.adminCreatorRejected.subject");
}

export default function AdminCreatorRejected(props: AdminCreatorRejectedProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.adminCreatorRejected.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.adminCreatorRejected.heading")}</Heading>
      <Text style={emailStyles.text}>{t("emails.adminCreatorRejected.body", { email: props.creator_email })}</Text>
      <Text style={emailStyles.text}>{props.reason}</Text>
      <Text style={emailStyles.text}>{t("emails.adminCreatorRejected.next")}</Text>
      <Button href={props.creator_url} style={emailStyles.button}>
        {t("emails.adminCreatorRejected.button")}
      </Button>
    </EmailLayout>
  );
}

AdminCreatorRejected.PreviewProps = {
  language: "en",
  creator_email: "lea@example.com",
  reason: "Stripe refused the account.",
  creator_url: "http://localhost:3000/admin/creators/usr_1",
  support_email: "support@ofm.local",
} satisfies AdminCreatorRejectedProps;
