"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createSessionCookie } from "@/lib/auth/session-token";
import { TokenInput } from "@/lib/auth/schemas";
import { redeemSignInTicket, resendVerification } from "@/lib/auth/verification";
import { formAction } from "@/lib/http/form-action";

/** Signs the creator in with the one-time ticket issued when their link was verified. */
export async function continueAfterVerification(formData: FormData): Promise<void> {
  const parsed = z.object({ ticket: z.string().min(1).max(200) }).safeParse(Object.fromEntries(formData.entries()));
  const user = parsed.success ? await redeemSignInTicket(parsed.data.ticket) : null;
  if (!user) redirect("/login?error=ticket_expired");
  const cookie = await createSessionCookie(user);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect("/onboarding");
}

export const resendFromExpiredLinkAction = formAction({ schema: TokenInput, rateLimit: { name: "resend" } }, async (input) => {
  await resendVerification({ expiredToken: input.token });
  return { status: "success" };
});
