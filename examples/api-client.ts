import createClient from "openapi-fetch";
import type { components, paths } from "./api-types";

// A typed client of /api/v1 (openapi-fetch over the types `npm run api:types` generates from
// the OpenAPI document) running a creator's whole onboarding as another front end would:
// register, confirm the email from the link, take a token, read the status, accept the terms,
// fill the profile, and get the Stripe onboarding link. tests/integration/api/example-client.test.ts
// runs it; point `baseUrl` at a deployment to run it there.

type Status = components["schemas"]["OnboardingStatus"];

export interface JourneyOptions {
  baseUrl: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  email: string;
  password: string;
  /** The `token` of the link in the verification email (read from the inbox). */
  verificationToken: (email: string) => Promise<string>;
}

export interface JourneyResult {
  statusAfterVerification: Status;
  statusAfterProfile: Status;
  onboardingUrl: string;
}

/** An error answer of the API, with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
  }
}

function unwrap<T>(result: { data?: T; error?: { error: { code: string; message: string } }; response: Response }): T {
  if (result.error || result.data === undefined) throw new ApiError(result.response.status, result.error?.error.code ?? "unknown", result.error?.error.message ?? "no body");
  return result.data;
}

export async function runJourney(options: JourneyOptions): Promise<JourneyResult> {
  const api = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const { email, password } = options;

  unwrap(await api.POST("/api/v1/auth/register", { body: { email, password, language: "en" } }));

  // This client does not keep the registration cookie, so it proves the account with the password.
  const token = await options.verificationToken(email);
  unwrap(await api.POST("/api/v1/auth/verify-email", { body: { token, password } }));

  const grant = unwrap(await api.POST("/api/v1/auth/token", { body: { email, password } })).data;
  const headers = { authorization: `${grant.token_type} ${grant.access_token}` };

  const statusAfterVerification = unwrap(await api.GET("/api/v1/onboarding/status", { headers })).data;

  unwrap(await api.POST("/api/v1/onboarding/terms", { headers, body: { version: statusAfterVerification.terms_version } }));
  const statusAfterProfile = unwrap(
    await api.PUT("/api/v1/onboarding/profile", {
      headers,
      body: { onlyfansHandle: `api_${email.split("@")[0].replace(/\W/g, "_").slice(0, 20)}`, country: "FR", language: "en", timezone: "Europe/Paris", contentCategories: ["fitness", "lifestyle"] },
    }),
  ).data;

  const { onboarding_url: onboardingUrl } = unwrap(await api.POST("/api/v1/stripe/connect/start", { headers, body: {} })).data;
  return { statusAfterVerification, statusAfterProfile, onboardingUrl };
}
