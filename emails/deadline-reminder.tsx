import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

/** Before a Stripe deadline: what Stripe needs, by when, and a link that opens a fresh Stripe page. */
export interface DeadlineReminderProps {
  language: string;
  support_email: string;
  deadline: string;
  reasons: string[];
  continue_url: string;
  preferences_url: string;
}

export function deadlineReminderSubject(props: Pick<DeadlineReminderProps, "language" | "deadline">) {
  return translator(asLanguage(props.language))("emails.deadlineReminder.subject", { date: props.deadline });
}

export default function DeadlineReminder(props: DeadlineReminderProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.deadlineReminder.preview")} supportEmail={props.support_email} preferencesUrl={props.preferences_url}>
      <Heading style={emailStyles.heading}>{t("emails.deadlineReminder.heading", { date: props.deadline })}</Heading>
      <Text style={emailStyles.text}>{t("emails.deadlineReminder.body", { date: props.deadline })}</Text>
      {props.reasons.map((reason) => (
        <Text key={reason} style={{ ...emailStyles.text, margin: "0 0 8px" }}>
          • {reason}
        </Text>
      ))}
      <Button href={props.continue_url} style={{ ...emailStyles.button, marginTop: "8px" }}>
        {t("emails.deadlineReminder.button")}
      </Button>
    </EmailLayout>
  );
}

DeadlineReminder.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  deadline: "21 December 2026",
  reasons: ["An identity document"],
  continue_url: "http://localhost:3000/onboarding/stripe/refresh",
  preferences_url: "http://localhost:3000/email-preferences?token=preview",
} satisfies DeadlineReminderProps;
