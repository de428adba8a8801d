"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { registerCreator } from "@/lib/auth/register";
import { EmailSchema, RegisterInput } from "@/lib/auth/schemas";
import { newRegistrationBrowser, requestVerificationEmail } from "@/lib/auth/verification";
import { formAction } from "@/lib/http/form-action";
import { mailboxAccess } from "@/lib/sandbox/mailbox";

export const registerAction = formAction(
  { schema: RegisterInput, rateLimit: { name: "register", email: (input) => input.email } },
  async (input) => {
    const browser = newRegistrationBrowser();
    const { receipt } = await registerCreator(input, browser.hash);
    (await cookies()).set(browser.cookie.name, browser.cookie.value, browser.cookie.options);
    return {
      status: "success",
      values: { email: input.email },
      data: { verificationRequired: receipt.verificationRequired, mailboxAvailable: mailboxAccess() === "open" },
    };
  },
);

export const resendByEmailAction = formAction(
  { schema: z.object({ email: EmailSchema }), rateLimit: { name: "resend", email: (input) => input.email } },
  async (input, { emailAllowed }) => {
    if (emailAllowed) await requestVerificationEmail({ email: input.email });
    return { status: "success", values: { email: input.email } };
  },
);
