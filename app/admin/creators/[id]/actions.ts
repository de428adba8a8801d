"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AdminActionInput, performAdminAction } from "@/lib/admin/actions";
import { guardedAction } from "@/lib/http/form-action";

const CreatorActionInput = z.object({ userId: z.string().min(1).max(64) }).and(AdminActionInput);

/** Every admin button on a creator's page posts here; the role is checked on the server, whatever the UI showed. */
export const adminCreatorAction = guardedAction({ schema: CreatorActionInput, auth: { roles: ["admin"] } }, async (input, { user }) => {
  const result = await performAdminAction(user, input.userId, input);
  revalidatePath(`/admin/creators/${input.userId}`);
  redirect(`/admin/creators/${encodeURIComponent(input.userId)}?outcome=${result.outcome}&notice=${encodeURIComponent(result.message)}`);
});
