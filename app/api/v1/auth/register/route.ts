import { registerCreator } from "@/lib/auth/register";
import { RegisterInput } from "@/lib/auth/schemas";
import { newRegistrationBrowser, setCookieHeader } from "@/lib/auth/verification";
import { apiRoute, ok } from "@/lib/http/api-route";

// A browser front end on our origin gets the registration cookie too: confirming the email
// in that browser then signs in (lib/auth/verification.ts).
export const POST = apiRoute({ body: RegisterInput, rateLimit: { name: "register", emailField: "email" } }, async ({ body, requestId }) => {
  const browser = newRegistrationBrowser();
  const { receipt } = await registerCreator(body, browser.hash);
  return ok(receipt, requestId, 201, { "set-cookie": setCookieHeader(browser.cookie) });
});
