"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { acceptInvite } from "@/lib/admin/team";
import { TokenWithPasswordInput } from "@/lib/auth/schemas";
import { createSessionCookie } from "@/lib/auth/session-token";
import { formAction } from "@/lib/http/form-action";

export const acceptInviteAction = formAction({ schema: TokenWithPasswordInput, rateLimit: { name: "password_reset" } }, async (input, { ip }) => {
  const admin = await acceptInvite(input, { ip, userAgent: (await headers()).get("user-agent") });
  const cookie = await createSessionCookie(admin);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect("/admin");
});
