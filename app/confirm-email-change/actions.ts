"use server";

import { confirmEmailChange, undoEmailChange } from "@/lib/auth/email-change";
import { TokenInput } from "@/lib/auth/schemas";
import { formAction } from "@/lib/http/form-action";
import { translator } from "@/lib/i18n";

export const confirmEmailChangeAction = formAction({ schema: TokenInput, rateLimit: { name: "verify" } }, async (input, { language }) => {
  const { email } = await confirmEmailChange(input.token);
  return { status: "success", data: { message: translator(language)("account.emailChange.confirmed", { email }) } };
});

export const undoEmailChangeAction = formAction({ schema: TokenInput, rateLimit: { name: "verify" } }, async (input, { language }) => {
  const result = await undoEmailChange(input.token);
  const t = translator(language);
  return { status: "success", data: { message: result.undone ? t("account.emailChange.undone", { email: result.email }) : t("account.emailChange.cancelled", { email: result.email }) } };
});
