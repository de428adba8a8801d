import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./email-layout";
import { asLanguage, translator } from "@/lib/i18n";

/** The props of an email that lists what Stripe wants from the creator, and by when. */
export interface RequirementsEmailProps {
  language: string;
  /** What Stripe asks for, in plain words (lib/stripe/requirements.ts). */
  reasons: string[];
  /** Formatted in the creator's language and time zone, when Stripe gave one. */
  deadline?: string;
  continue_url: string;
  support_email: string;
}

/** Its wording: the catalogue entry (subject, preview, heading, body, deadline, button) of the email using it. */
export type RequirementsWording = "emails.payoutsPaused" | "emails.payoutsNeedsInformation";

export function requirementsSubject(wording: RequirementsWording, language: string) {
  return translator(asLanguage(language))(`${wording}.subject`);
}

export function RequirementsEmail({ wording, ...props }: RequirementsEmailProps & { wording: RequirementsWording }) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t(`${wording}.preview`)} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t(`${wording}.heading`)}</Heading>
      <Text style={emailStyles.text}>{t(`${wording}.body`)}</Text>
      {props.reasons.map((reason) => (
        <Text key={reason} style={{ ...emailStyles.text, margin: "0 0 6px" }}>
          • {reason}
        </Text>
      ))}
      {props.deadline && <Text style={emailStyles.text}>{t(`${wording}.deadline`, { date: props.deadline })}</Text>}
      <Button href={props.continue_url} style={emailStyles.button}>
        {t(`${wording}.button`)}
      </Button>
    </EmailLayout>
  );
}
