"use server";

import { z } from "zod";
import { registerCreator } from "@/lib/auth/register";
import { EmailSchema, RegisterInput } from "@/lib/auth/schemas";
import { resendVerification } from "@/lib/auth/verification";
import { env } from "@/lib/env";
import { formAction } from "@/lib/http/form-action";

export const registerAction = formAction(
  { schema: RegisterInput, rateLimit: { name: "register", email: (input) => input.email } },
  async (input) => {
    const { receipt } = await registerCreator(input);
    return {
      status: "success",
      values: { email: input.email },
      data: { verificationRequired: receipt.verificationRequired, mailboxAvailable: env().EMAIL_PROVIDER === "sandbox" },
    };
  },
);

export const resendByEmailAction = formAction(
  { schema: z.object({ email: EmailSchema }), rateLimit: { name: "resend", email: (input) => input.email } },
  async (input) => {
    await resendVerification({ email: input.email });
    return { status: "success", values: { email: input.email } };
  },
);
