import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { asLanguage, translator } from "@/lib/i18n";

export interface AccountExistsProps {
  language: string;
  user_email: string;
  sign_in_url: string;
  /** Only while the address is not verified yet: confirming it claims the account. */
  verification_url?: string;
  support_email: string;
}

export function accountExistsSubject(props: Pick<AccountExistsProps, "language">) {
  return translator(asLanguage(props.language))("emails.accountExists.subject");
}

export default function AccountExists(props: AccountExistsProps) {
  const t = translator(asLanguage(props.language));
  return (
    <EmailLayout language={props.language} preview={t("emails.accountExists.preview")} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{t("emails.accountExists.heading")}</Heading>
      <Text style={emailStyles.text}>{t("emails.accountExists.body", { email: props.user_email })}</Text>
      {props.verification_url ? (
        <>
          <Text style={emailStyles.text}>{t("emails.accountExists.unverified")}</Text>
          <Button href={props.verification_url} style={emailStyles.button}>
            {t("emails.accountExists.confirmButton")}
          </Button>
        </>
      ) : (
        <Button href={props.sign_in_url} style={emailStyles.button}>
          {t("emails.accountExists.button")}
        </Button>
      )}
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{t("emails.accountExists.ignore")}</Text>
    </EmailLayout>
  );
}

AccountExists.PreviewProps = {
  language: "en",
  user_email: "creator@example.com",
  sign_in_url: "http://localhost:3000/login",
  support_email: "support@ofm.local",
} satisfies AccountExistsProps;
