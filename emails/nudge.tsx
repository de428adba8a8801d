import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import type { StallSequence } from "@/lib/onboarding/nudges";
import { asLanguage, translator } from "@/lib/i18n";

/** A reminder to a creator who stopped at a step (lib/onboarding/nudges.ts). */
export interface NudgeProps {
  language: string;
  support_email: string;
  sequence: StallSequence;
  number: number;
  total: number;
  continue_url: string;
  preferences_url: string;
}

export function nudgeSubject(props: Pick<NudgeProps, "language" | "sequence">) {
  return translator(asLanguage(props.language))(`emails.nudge.${props.sequence}.subject`);
}

export default function Nudge(props: NudgeProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.nudge.preview")} supportEmail={props.support_email} preferencesUrl={props.preferences_url}>
      <Heading style={emailStyles.heading}>{t(`emails.nudge.${props.sequence}.heading`)}</Heading>
      <Text style={emailStyles.text}>{t(`emails.nudge.${props.sequence}.body`)}</Text>
      <Button href={props.continue_url} style={emailStyles.button}>
        {t(`emails.nudge.${props.sequence}.button`)}
      </Button>
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{t("emails.nudge.reminder", { number: props.number, total: props.total })}</Text>
    </EmailLayout>
  );
}

Nudge.PreviewProps = {
  language: "en",
  support_email: "support@ofm.local",
  sequence: "profile_not_filled",
  number: 1,
  total: 3,
  continue_url: "http://localhost:3000/onboarding/profile",
  preferences_url: "http://localhost:3000/email-preferences?token=preview",
} satisfies NudgeProps;
