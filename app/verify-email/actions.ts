"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { ConfirmEmailInput, TokenInput } from "@/lib/auth/schemas";
import { createSessionCookie } from "@/lib/auth/session-token";
import { confirmEmail, REGISTRATION_COOKIE, requestVerificationEmail } from "@/lib/auth/verification";
import { formAction } from "@/lib/http/form-action";

/** Confirming a link (a POST: fetching the link never uses it) signs in this browser only. */
export const confirmEmailAction = formAction({ schema: ConfirmEmailInput, rateLimit: { name: "verify" } }, async (input, { ip }) => {
  const jar = await cookies();
  const userAgent = (await headers()).get("user-agent");
  const user = await confirmEmail({ token: input.token, browserSecret: jar.get(REGISTRATION_COOKIE)?.value, password: input.password, newPassword: input.newPassword }, new Date(), { ip, userAgent });
  const cookie = await createSessionCookie(user);
  jar.set(cookie.name, cookie.value, cookie.options);
  jar.delete(REGISTRATION_COOKIE);
  redirect("/onboarding");
});

export const resendFromExpiredLinkAction = formAction({ schema: TokenInput, rateLimit: { name: "resend" } }, async (input) => {
  await requestVerificationEmail({ expiredToken: input.token });
  return { status: "success" };
});
