import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

export interface WelcomeProps {
  language: string;
  dashboard_url: string;
  support_email: string;
}

export function welcomeSubject(props: Pick<WelcomeProps, "language">) {
  return translator(asLanguage(props.language))("emails.welcome.subject");
}

export default function Welcome(props: WelcomeProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.welcome.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.welcome.heading")}</Heading>
      <Text style={emailStyles.text}>{t("emails.welcome.body")}</Text>
      <Button href={props.dashboard_url} style={emailStyles.button}>
        {t("emails.welcome.button")}
      </Button>
    </EmailLayout>
  );
}

Welcome.PreviewProps = {
  language: "en",
  dashboard_url: "http://localhost:3000/dashboard",
  support_email: "support@ofm.local",
} satisfies WelcomeProps;
