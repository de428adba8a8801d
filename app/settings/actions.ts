"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkDeletionPassword, deleteAccount } from "@/lib/auth/account-data";
import { changePassword, setEmailLanguage } from "@/lib/auth/account-settings";
import { cancelPendingEmailChange, requestEmailChange } from "@/lib/auth/email-change";
import { signOutEverywhere } from "@/lib/auth/outstanding";
import { ChangeEmailInput, ChangePasswordInput, DeleteAccountInput, LanguageSchema } from "@/lib/auth/schemas";
import { createSessionCookie, sessionCookieName } from "@/lib/auth/session-token";
import { setFlash } from "@/lib/http/flash";
import { formAction, guardedAction } from "@/lib/http/form-action";
import { rememberLanguage } from "@/lib/i18n/server";

/** Every cookie, API token and emailed link issued before now stops working, this browser's included. */
export const signOutEverywhereAction = guardedAction({ schema: z.object({}), auth: true }, async (_input, { user }) => {
  await signOutEverywhere(user.id);
  (await cookies()).delete(sessionCookieName());
  redirect("/login?signedOut=1");
});

/** Other sessions end; this browser gets a session with the account's new version. */
export const changePasswordAction = formAction({ schema: ChangePasswordInput, auth: true, rateLimit: { name: "password_reset" } }, async (input, { user }) => {
  const subject = await changePassword(user.id, input);
  const cookie = await createSessionCookie(subject);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  await setFlash({ tone: "success", key: "toasts.passwordChanged" });
  redirect("/settings");
});

export const changeEmailAction = formAction({ schema: ChangeEmailInput, auth: true, rateLimit: { name: "resend" } }, async (input, { user }) => {
  await requestEmailChange(user.id, input);
  await setFlash({ tone: "success", key: "toasts.emailChangeSent", values: { email: input.newEmail } });
  redirect("/settings");
});

export const cancelEmailChangeAction = guardedAction({ schema: z.object({}), auth: true }, async (_input, { user }) => {
  await cancelPendingEmailChange(user.id);
  redirect("/settings");
});

export const emailLanguageAction = guardedAction({ schema: z.object({ language: LanguageSchema }), auth: true }, async (input, { user }) => {
  await setEmailLanguage(user.id, input.language);
  await rememberLanguage(input.language);
  await setFlash({ tone: "success", key: "toasts.saved" });
  redirect("/settings");
});

/**
 * In two steps, each proving the password: `check` answers whether it is right (so a wrong one is
 * said before "delete for good?"), `delete` deletes at once; the browser is signed out and told so.
 */
export const deleteAccountAction = formAction({ schema: DeleteAccountInput, auth: true, rateLimit: { name: "password_reset" } }, async (input, { user }) => {
  if (input.step === "check") {
    await checkDeletionPassword(user.id, input.password);
    return { status: "success", data: { passwordConfirmed: true } };
  }
  await deleteAccount(user.id, { password: input.password, actorId: user.id });
  (await cookies()).delete(sessionCookieName());
  await setFlash({ tone: "success", key: "toasts.accountDeleted" });
  redirect("/");
});
