import { RequirementsEmail, requirementsSubject, type RequirementsEmailProps } from "./components/requirements-email";

/** Payouts lost after activation: what Stripe needs to resume them. */
export type PayoutsPausedProps = RequirementsEmailProps;

export function payoutsPausedSubject(props: Pick<PayoutsPausedProps, "language">) {
  return requirementsSubject("emails.payoutsPaused", props.language);
}

export default function PayoutsPaused(props: PayoutsPausedProps) {
  return <RequirementsEmail wording="emails.payoutsPaused" {...props} />;
}

PayoutsPaused.PreviewProps = {
  language: "en",
  reasons: ["An identity document"],
  deadline: "1 December 2026",
  continue_url: "http://localhost:3000/onboarding/stripe/refresh",
  support_email: "support@ofm.local",
} satisfies PayoutsPausedProps;
