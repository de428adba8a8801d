"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { InviteInput, inviteAdmin, removeAdmin, revokeInvite, setAccountDisabled } from "@/lib/admin/team";
import { setFlash } from "@/lib/http/flash";
import { formAction, guardedAction } from "@/lib/http/form-action";
import { AppError } from "@/lib/http/errors";

const Target = z.object({ id: z.string().min(1).max(64), email: z.string().max(254) });

function backToTeam(): never {
  revalidatePath("/admin/team");
  redirect("/admin/team");
}

/** A refused change (the last admin) comes back as an error toast, not an error page. */
async function refusalAsToast(work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    await setFlash({ tone: "error", key: `errors.${error.code}`, values: {} });
    return false;
  }
}

export const inviteAdminAction = formAction({ schema: InviteInput, auth: { roles: ["admin"] } }, async (input, { user }) => {
  await inviteAdmin(user, input);
  await setFlash({ tone: "success", key: "admin.outcomes.invited", values: { email: input.email } });
  backToTeam();
});

export const revokeInviteAction = guardedAction({ schema: z.object({ id: z.string().min(1).max(64) }), auth: { roles: ["admin"] } }, async (input, { user }) => {
  await revokeInvite(user, input.id);
  await setFlash({ tone: "success", key: "admin.outcomes.invite_revoked" });
  backToTeam();
});

export const removeAdminAction = guardedAction({ schema: Target, auth: { roles: ["admin"] } }, async (input, { user }) => {
  if (await refusalAsToast(() => removeAdmin(user, input.id))) await setFlash({ tone: "success", key: "admin.outcomes.admin_removed", values: { email: input.email } });
  if (input.id === user.id) redirect("/login");
  backToTeam();
});

export const setAdminDisabledAction = guardedAction({ schema: Target.extend({ disabled: z.enum(["true", "false"]) }), auth: { roles: ["admin"] } }, async (input, { user }) => {
  const disabled = input.disabled === "true";
  if (await refusalAsToast(() => setAccountDisabled(user, input.id, disabled))) {
    await setFlash({ tone: "success", key: disabled ? "admin.outcomes.admin_disabled" : "admin.outcomes.admin_enabled", values: { email: input.email } });
  }
  backToTeam();
});
