import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { emailMessages } from "./messages";

export interface AccountExistsProps {
  language: string;
  user_email: string;
  sign_in_url: string;
  /** Only while the address is not verified yet: confirming it claims the account. */
  verification_url?: string;
  support_email: string;
}

export function accountExistsSubject(props: Pick<AccountExistsProps, "language">) {
  return emailMessages(props.language).accountExists.subject;
}

export default function AccountExists(props: AccountExistsProps) {
  const messages = emailMessages(props.language).accountExists;
  return (
    <EmailLayout language={props.language} preview={messages.preview} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{messages.heading}</Heading>
      <Text style={emailStyles.text}>{messages.body(props.user_email)}</Text>
      {props.verification_url ? (
        <>
          <Text style={emailStyles.text}>{messages.unverified}</Text>
          <Button href={props.verification_url} style={emailStyles.button}>
            {messages.confirmButton}
          </Button>
        </>
      ) : (
        <Button href={props.sign_in_url} style={emailStyles.button}>
          {messages.button}
        </Button>
      )}
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{messages.ignore}</Text>
    </EmailLayout>
  );
}

AccountExists.PreviewProps = {
  language: "en",
  user_email: "creator@example.com",
  sign_in_url: "http://localhost:3000/login",
  support_email: "support@ofm.local",
} satisfies AccountExistsProps;
