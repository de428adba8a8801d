import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { emailMessages } from "./messages";

export interface VerifyEmailProps {
  language: string;
  verification_url: string;
  user_email: string;
  expires_minutes: number;
  support_email: string;
}

export function verifyEmailSubject(props: Pick<VerifyEmailProps, "language">) {
  return emailMessages(props.language).verifyEmail.subject;
}

export default function VerifyEmail(props: VerifyEmailProps) {
  const messages = emailMessages(props.language).verifyEmail;
  return (
    <EmailLayout language={props.language} preview={messages.preview} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{messages.heading}</Heading>
      <Text style={emailStyles.text}>{messages.body(props.user_email)}</Text>
      <Button href={props.verification_url} style={emailStyles.button}>
        {messages.button}
      </Button>
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{messages.fallback}</Text>
      <Text style={emailStyles.small}>
        <Link href={props.verification_url} style={emailStyles.link}>
          {props.verification_url}
        </Link>
      </Text>
      <Text style={emailStyles.small}>{messages.expiry(props.expires_minutes)}</Text>
      <Text style={emailStyles.small}>{messages.ignore}</Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  language: "en",
  verification_url: "http://localhost:3000/verify-email?token=preview-token",
  user_email: "creator@example.com",
  expires_minutes: 1440,
  support_email: "support@ofm.local",
} satisfies VerifyEmailProps;
