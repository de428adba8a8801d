"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { registerCreator } from "@/lib/auth/register";
import { EmailSchema, RegisterInput } from "@/lib/auth/schemas";
import { createRandomToken } from "@/lib/auth/tokens";
import { REGISTRATION_COOKIE, requestVerificationEmail } from "@/lib/auth/verification";
import { env } from "@/lib/env";
import { formAction } from "@/lib/http/form-action";
import { mailboxAccess } from "@/lib/sandbox/mailbox";

export const registerAction = formAction(
  { schema: RegisterInput, rateLimit: { name: "register", email: (input) => input.email } },
  async (input) => {
    // Set whether or not the address is new, so the answer cannot tell them apart; only a new
    // account remembers it, and confirming the email in this browser then signs in.
    const browser = createRandomToken();
    const { receipt } = await registerCreator(input, browser.tokenHash);
    (await cookies()).set(REGISTRATION_COOKIE, browser.token, { httpOnly: true, sameSite: "lax", secure: env().FRONTEND_URL.startsWith("https://"), path: "/", maxAge: env().EMAIL_VERIFICATION_TTL_MINUTES * 60 });
    return {
      status: "success",
      values: { email: input.email },
      data: { verificationRequired: receipt.verificationRequired, mailboxAvailable: mailboxAccess() !== "none" },
    };
  },
);

export const resendByEmailAction = formAction(
  { schema: z.object({ email: EmailSchema }), rateLimit: { name: "resend", email: (input) => input.email } },
  async (input) => {
    await requestVerificationEmail({ email: input.email });
    return { status: "success", values: { email: input.email } };
  },
);
