import { operations } from "@/lib/api/operations";
import { registerCreator } from "@/lib/auth/register";
import { newRegistrationBrowser, setCookieHeader } from "@/lib/auth/verification";
import { apiRoute } from "@/lib/http/api-route";

// A browser front end on our origin gets the registration cookie too: confirming the email
// in that browser then signs in (lib/auth/verification.ts).
export const POST = apiRoute(operations.register, async ({ body, reply }) => {
  const browser = newRegistrationBrowser();
  const { receipt } = await registerCreator(body, browser.hash);
  return reply(201, { data: receipt }, { "set-cookie": setCookieHeader(browser.cookie) });
});
