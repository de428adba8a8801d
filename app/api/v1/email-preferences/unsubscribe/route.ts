import { z } from "zod";
import { operations } from "@/lib/api/operations";
import { apiRoute, readRawBody } from "@/lib/http/api-route";
import { AppError } from "@/lib/http/errors";
import { unsubscribeAll } from "@/lib/onboarding/email-preferences";

// RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` to the header's https URI,
// with no cookie and no confirmation page. Any other body is refused, so that a bare POST (a
// link checker) unsubscribes no one.
const OneClickBody = z.object({ "List-Unsubscribe": z.literal("One-Click") });

export const POST = apiRoute(operations.oneClickUnsubscribe, async ({ request, query, reply }) => {
  const body = Object.fromEntries(new URLSearchParams(await readRawBody(request, operations.oneClickUnsubscribe.maxBodyBytes)));
  if (!OneClickBody.safeParse(body).success) throw new AppError("invalid_body", 400, "The body must be List-Unsubscribe=One-Click (RFC 8058).");
  if (!(await unsubscribeAll(query.token))) throw new AppError("token_invalid", 400, "This unsubscribe link is not valid (it may be for an address the account no longer uses).");
  return reply(200, { data: { unsubscribed: true } });
});
