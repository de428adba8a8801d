import { Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

export interface PayoutsRejectedProps {
  language: string;
  /** Stripe's reason, in plain words (payout.disabledReasons). */
  reason: string;
  support_email: string;
}

export function payoutsRejectedSubject(props: Pick<PayoutsRejectedProps, "language">) {
  return translator(asLanguage(props.language))("emails.payoutsRejected.subject");
}

export default function PayoutsRejected(props: PayoutsRejectedProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.payoutsRejected.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.payoutsRejected.heading")}</Heading>
      <Text style={emailStyles.text}>{props.reason}</Text>
      <Text style={emailStyles.text}>{t("emails.payoutsRejected.next")}</Text>
    </EmailLayout>
  );
}

PayoutsRejected.PreviewProps = {
  language: "en",
  reason: "Stripe refused the account.",
  support_email: "support@ofm.local",
} satisfies PayoutsRejectedProps;
