import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

export interface PayoutsLinkProps {
  language: string;
  continue_url: string;
  support_email: string;
}

export function payoutsLinkSubject(props: Pick<PayoutsLinkProps, "language">) {
  return translator(asLanguage(props.language))("emails.payoutsLink.subject");
}

export default function PayoutsLink(props: PayoutsLinkProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.payoutsLink.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.payoutsLink.heading")}</Heading>
      <Text style={emailStyles.text}>{t("emails.payoutsLink.body")}</Text>
      <Button href={props.continue_url} style={emailStyles.button}>
        {t("emails.payoutsLink.button")}
      </Button>
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{t("emails.payoutsLink.note")}</Text>
    </EmailLayout>
  );
}

PayoutsLink.PreviewProps = {
  language: "en",
  continue_url: "http://localhost:3000/onboarding/stripe/refresh",
  support_email: "support@ofm.local",
} satisfies PayoutsLinkProps;
