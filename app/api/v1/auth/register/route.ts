import { operations } from "@/lib/api/operations";
import { registerCreator } from "@/lib/auth/register";
import { newRegistrationBrowser, setCookieHeader } from "@/lib/auth/verification";
import { env } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";
import { fromOwnOrigin } from "@/lib/http/security";

// A browser front end on our origin gets the registration cookie too: confirming the email
// in that browser then signs in (lib/auth/verification.ts). No other answer sets it: a page
// on another site must never plant it in a victim's browser.
export const POST = apiRoute(operations.register, async ({ body, reply, request }) => {
  const browser = fromOwnOrigin(request.headers, env().FRONTEND_URL) ? newRegistrationBrowser() : null;
  const { receipt } = await registerCreator(body, browser?.hash ?? null);
  return reply(201, { data: receipt }, browser ? { "set-cookie": setCookieHeader(browser.cookie) } : {});
});
