import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { classifyStripeError, stripeAppError } from "@/lib/stripe/errors";

// Stripe's own error classes, as the SDK throws them, sorted by what can be done about them.
const raw = (fields: Record<string, unknown>) => ({ message: "from Stripe", ...fields }) as never;

describe("Stripe errors", () => {
  it.each([
    [new Stripe.errors.StripeRateLimitError(raw({})), "transient", "stripe_unavailable", 503],
    [new Stripe.errors.StripeAPIError(raw({})), "transient", "stripe_unavailable", 503],
    [new Stripe.errors.StripeConnectionError(raw({})), "transient", "stripe_unavailable", 503],
    [new Stripe.errors.StripePermissionError(raw({})), "access_lost", "stripe_access_revoked", 409],
    [new Stripe.errors.StripeAuthenticationError(raw({})), "misconfigured", "stripe_misconfigured", 503],
    [new Stripe.errors.StripeInvalidRequestError(raw({ code: "resource_missing", param: "account" })), "access_lost", "stripe_access_revoked", 409],
    [new Stripe.errors.StripeInvalidRequestError(raw({ statusCode: 500 })), "transient", "stripe_unavailable", 503],
    [new Stripe.errors.StripeIdempotencyError(raw({ code: "idempotency_key_in_use", statusCode: 400 })), "invalid", "stripe_request_invalid", 422],
    [new Stripe.errors.StripeInvalidRequestError(raw({ code: "invalid_value", param: "country", statusCode: 400 })), "invalid", "stripe_country_unsupported", 422],
  ])("%s is %s → %s (%d)", (error, kind, code, status) => {
    expect(classifyStripeError(error)).toMatchObject({ kind });
    expect(stripeAppError(error)).toMatchObject({ code, status });
  });

  it("names the refused parameter as the field at fault", () => {
    const error = new Stripe.errors.StripeInvalidRequestError(raw({ code: "url_invalid", param: "business_profile[url]", statusCode: 400, message: "Not a valid URL" }));
    expect(stripeAppError(error)).toMatchObject({ code: "stripe_request_invalid", fields: { "business_profile[url]": "url_invalid" }, message: "Stripe refused the request: Not a valid URL" });
  });

  it("leaves anything that is not a Stripe error alone", () => {
    const error = new Error("boom");
    expect(classifyStripeError(error)).toBeNull();
    expect(stripeAppError(error)).toBe(error);
    expect(classifyStripeError(undefined)).toBeNull();
  });
});
