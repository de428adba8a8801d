import { RequirementsEmail, requirementsSubject, type RequirementsEmailProps } from "./components/requirements-email";

/** Before activation, once the creator finished Stripe's pages: what Stripe still needs. */
export type PayoutsNeedsInformationProps = RequirementsEmailProps;

export function payoutsNeedsInformationSubject(props: Pick<PayoutsNeedsInformationProps, "language">) {
  return requirementsSubject("emails.payoutsNeedsInformation", props.language);
}

export default function PayoutsNeedsInformation(props: PayoutsNeedsInformationProps) {
  return <RequirementsEmail wording="emails.payoutsNeedsInformation" {...props} />;
}

PayoutsNeedsInformation.PreviewProps = {
  language: "en",
  reasons: ["An identity document", "Your bank account"],
  deadline: "1 December 2026",
  continue_url: "http://localhost:3000/onboarding/stripe/refresh",
  support_email: "support@ofm.local",
} satisfies PayoutsNeedsInformationProps;
