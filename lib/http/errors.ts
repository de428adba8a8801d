// Stable, machine-readable error codes. Messages may be translated; codes never change.
export type ErrorCode =
  | "invalid_json"
  | "invalid_body"
  | "invalid_encoding"
  | "validation_failed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  | "not_found"
  | "password_too_short"
  | "password_too_long"
  | "password_too_weak"
  | "password_matches_email"
  | "password_required"
  | "invalid_credentials"
  | "account_disabled"
  | "token_invalid"
  | "token_expired"
  | "token_used"
  | "onboarding_not_found"
  | "illegal_transition"
  | "terms_changed"
  | "feature_disabled"
  | "return_url_not_allowed"
  | "signature_invalid"
  | "livemode_mismatch"
  | "stripe_unavailable"
  | "stripe_access_revoked"
  | "stripe_misconfigured"
  | "stripe_country_unsupported"
  | "stripe_request_invalid"
  | "payouts_not_ready"
  | "email_unchanged"
  | "email_taken"
  | "email_not_verified"
  | "last_admin"
  | "invite_account_exists"
  | "service_unavailable"
  | "internal_error";

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; requestId?: string };
}

/** Field messages may be error keys (lib/i18n `errors`): API answers carry them in English. */
export function errorBody(error: AppError, requestId?: string, translate: (key: string) => string = (key) => key): ErrorBody {
  const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([name, message]) => [name, translate(message)]));
  return { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) } };
}

/** True for faults of our own infrastructure that a retry may fix (database down, pool exhausted). */
export function isTransientFault(error: unknown): boolean {
  const stripeType = (error as { type?: string })?.type;
  if (stripeType === "StripeConnectionError" || stripeType === "StripeAPIError" || stripeType === "StripeRateLimitError") return true;
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`;
  // Connection failures, and PostgreSQL's admin_shutdown / cannot_connect_now / connection_* codes.
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|P1001|P1002|P1017|P2024|57P01|57P02|57P03|08000|08001|08003|08006|Can't reach database|Connection terminated|connection is closed|terminating connection|too many clients|the database system is (starting up|shutting down)|DatabaseNotReachable|SocketTimeout|ConnectionClosed|not queryable|encountered a connection error|has closed the connection|Connection refused/i.test(text);
}
