import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

export interface PayoutsPausedProps {
  language: string;
  /** What Stripe says, in plain words (lib/stripe/requirements.ts). */
  reasons: string[];
  /** Formatted in the creator's language and time zone, when Stripe gave one. */
  deadline?: string;
  continue_url: string;
  support_email: string;
}

export function payoutsPausedSubject(props: Pick<PayoutsPausedProps, "language">) {
  return translator(asLanguage(props.language))("emails.payoutsPaused.subject");
}

export default function PayoutsPaused(props: PayoutsPausedProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.payoutsPaused.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.payoutsPaused.heading")}</Heading>
      <Text style={emailStyles.text}>{t("emails.payoutsPaused.body")}</Text>
      {props.reasons.map((reason) => (
        <Text key={reason} style={{ ...emailStyles.text, margin: "0 0 6px" }}>
          • {reason}
        </Text>
      ))}
      {props.deadline && <Text style={emailStyles.text}>{t("emails.payoutsPaused.deadline", { date: props.deadline })}</Text>}
      <Button href={props.continue_url} style={emailStyles.button}>
        {t("emails.payoutsPaused.button")}
      </Button>
    </EmailLayout>
  );
}

PayoutsPaused.PreviewProps = {
  language: "en",
  reasons: ["An identity document"],
  deadline: "1 December 2026",
  continue_url: "http://localhost:3000/onboarding/stripe/refresh",
  support_email: "support@ofm.local",
} satisfies PayoutsPausedProps;
