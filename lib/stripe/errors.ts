import { AppError } from "@/lib/http/errors";

// Stripe's errors, sorted by what can be done about them (Stripe API reference, "Errors"):
// - transient: rate limited (429), Stripe-side failures (5xx), the network. Retry later.
// - access lost: the platform can no longer read the account (403 after the creator revoked
//   access, or `resource_missing` for an account that is gone). Nothing to retry.
// - invalid: Stripe refuses the request itself (unsupported country, invalid parameter, a
//   reused idempotency key). A retry gives the same answer.
// - misconfigured: our API key is wrong (401). Only an operator can fix it.

export type StripeFailure =
  | { kind: "transient" }
  | { kind: "access_lost" }
  | { kind: "invalid"; code: string | undefined; param: string | undefined; message: string }
  | { kind: "misconfigured"; message: string };

interface StripeLikeError {
  type?: string;
  code?: string;
  param?: string;
  statusCode?: number;
  message?: string;
}

export function classifyStripeError(error: unknown): StripeFailure | null {
  const candidate = error as StripeLikeError;
  switch (candidate?.type) {
    case "StripeRateLimitError":
    case "StripeAPIError":
    case "StripeConnectionError":
      return { kind: "transient" };
    case "StripePermissionError":
      return { kind: "access_lost" };
    case "StripeAuthenticationError":
      return { kind: "misconfigured", message: candidate.message ?? "Stripe refused the API key." };
    case "StripeInvalidRequestError":
    case "StripeIdempotencyError":
    case "StripeCardError":
      if (candidate.code === "resource_missing" && candidate.param === "account") return { kind: "access_lost" };
      if (candidate.statusCode === 429 || (candidate.statusCode ?? 0) >= 500) return { kind: "transient" };
      return { kind: "invalid", code: candidate.code, param: candidate.param, message: candidate.message ?? "Stripe refused the request." };
    default:
      return null;
  }
}

/**
 * The error an API client or the wizard sees for a Stripe failure: 503 with Retry-After for
 * transient ones, a 4xx with a code that says what happened for the others.
 */
export function stripeAppError(error: unknown): unknown {
  const failure = classifyStripeError(error);
  if (!failure) return error;
  switch (failure.kind) {
    case "transient":
      return new AppError("stripe_unavailable", 503, "Stripe is not answering right now. Please try again in a minute.", undefined, undefined, 30);
    case "access_lost":
      return new AppError("stripe_access_revoked", 409, "Your Stripe account is no longer connected to the agency. Connect payouts again.");
    case "misconfigured":
      return new AppError("stripe_misconfigured", 503, "Payouts are not configured correctly on our side. The agency has been told; please try again later.", undefined, undefined, 60);
    case "invalid":
      if (failure.param === "country") return new AppError("stripe_country_unsupported", 422, "Stripe cannot open a payouts account in your country of residence.", { country: "stripe_country_unsupported" });
      return new AppError("stripe_request_invalid", 422, `Stripe refused the request: ${failure.message}`, failure.param ? { [failure.param]: failure.code ?? "invalid" } : undefined);
  }
}
