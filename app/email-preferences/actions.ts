"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedAction } from "@/lib/http/form-action";
import { setFlash } from "@/lib/http/flash";
import { PreferencesToken, savePreferences } from "@/lib/onboarding/email-preferences";

// From the link in a marketing email: no session, the token says whose choices these are.
const PreferencesForm = z.object({
  token: PreferencesToken,
  nudgeEmails: z.literal("on").optional(),
  deadlineEmails: z.literal("on").optional(),
  // The "unsubscribe from all" button.
  none: z.literal("1").optional(),
});

export const savePreferencesAction = guardedAction({ schema: PreferencesForm }, async (input) => {
  const saved = await savePreferences(input.token, input.none ? { nudgeEmails: false, deadlineEmails: false } : { nudgeEmails: input.nudgeEmails === "on", deadlineEmails: input.deadlineEmails === "on" });
  await setFlash(saved ? { tone: "success", key: "toasts.saved" } : { tone: "error", key: "errors.token_invalid" });
  redirect(`/email-preferences?token=${encodeURIComponent(input.token)}`);
});
