import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { emailMessages } from "./messages";

export interface WelcomeProps {
  language: string;
  dashboard_url: string;
  support_email: string;
}

export function welcomeSubject(props: Pick<WelcomeProps, "language">) {
  return emailMessages(props.language).welcome.subject;
}

export default function Welcome(props: WelcomeProps) {
  const messages = emailMessages(props.language).welcome;
  return (
    <EmailLayout language={props.language} preview={messages.preview} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{messages.heading}</Heading>
      <Text style={emailStyles.text}>{messages.body}</Text>
      <Button href={props.dashboard_url} style={emailStyles.button}>
        {messages.button}
      </Button>
    </EmailLayout>
  );
}

Welcome.PreviewProps = {
  language: "en",
  dashboard_url: "http://localhost:3000/dashboard",
  support_email: "support@ofm.local",
} satisfies WelcomeProps;
