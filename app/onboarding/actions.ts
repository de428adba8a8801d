"use server";

import { z } from "zod";
import { requirePageUser } from "@/lib/auth/page-guard";
import { resendVerification } from "@/lib/auth/verification";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { formAction } from "@/lib/http/form-action";

export const resendMyVerificationAction = formAction({ schema: z.object({}) }, async (_input, { ip }) => {
  const user = await requirePageUser();
  await consumeRateLimit("resend", { ip, email: user.email });
  await resendVerification({ userId: user.id });
  return { status: "success" };
});
