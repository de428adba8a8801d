import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";
import { emailMessages } from "./messages";

export interface PayoutsLinkProps {
  language: string;
  continue_url: string;
  support_email: string;
}

export function payoutsLinkSubject(props: Pick<PayoutsLinkProps, "language">) {
  return emailMessages(props.language).payoutsLink.subject;
}

export default function PayoutsLink(props: PayoutsLinkProps) {
  const messages = emailMessages(props.language).payoutsLink;
  return (
    <EmailLayout language={props.language} preview={messages.preview} supportEmail={props.support_email}>
      <Heading style={emailStyles.heading}>{messages.heading}</Heading>
      <Text style={emailStyles.text}>{messages.body}</Text>
      <Button href={props.continue_url} style={emailStyles.button}>
        {messages.button}
      </Button>
      <Text style={{ ...emailStyles.small, marginTop: "24px" }}>{messages.note}</Text>
    </EmailLayout>
  );
}

PayoutsLink.PreviewProps = {
  language: "en",
  continue_url: "http://localhost:3000/onboarding/stripe/refresh",
  support_email: "support@ofm.local",
} satisfies PayoutsLinkProps;
