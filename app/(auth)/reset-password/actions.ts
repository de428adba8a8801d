"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/password-reset";
import { TokenWithPasswordInput } from "@/lib/auth/schemas";
import { createSessionCookie } from "@/lib/auth/session-token";
import { formAction } from "@/lib/http/form-action";

/** Sets the new password and signs in this browser only (every other session has ended). */
export const resetPasswordAction = formAction({ schema: TokenWithPasswordInput, rateLimit: { name: "password_reset" } }, async (input, { ip }) => {
  const user = await resetPassword(input, { ip, userAgent: (await headers()).get("user-agent") });
  const cookie = await createSessionCookie(user);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect("/onboarding");
});
