"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { revokeAllSessions } from "@/lib/auth/current-user";
import { sessionCookieName } from "@/lib/auth/session-token";
import { guardedAction } from "@/lib/http/form-action";

/** Every cookie and API token issued before now stops working, this browser's included. */
export const signOutEverywhereAction = guardedAction({ schema: z.object({}), auth: true }, async (_input, { user }) => {
  await revokeAllSessions(user.id);
  (await cookies()).delete(sessionCookieName());
  redirect("/login?signedOut=1");
});
