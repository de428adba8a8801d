"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { BulkActionInput, performBulkAction } from "@/lib/admin/actions";
import { deleteView, SaveViewInput, saveView } from "@/lib/admin/saved-views";
import { setFlash } from "@/lib/http/flash";
import { formAction, guardedAction } from "@/lib/http/form-action";

const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The same action for every selected creator (confirmed in the page), then a toast with the count. */
const BulkForm = BulkActionInput.extend({ userIds: z.preprocess(asList, BulkActionInput.shape.userIds), returnTo: z.string().max(2000).optional() });

export const bulkCreatorsAction = guardedAction({ schema: BulkForm, auth: { roles: ["admin"] } }, async ({ returnTo, ...input }, { user }) => {
  const result = await performBulkAction(user, input);
  await setFlash({ tone: result.succeeded > 0 ? "success" : "error", key: "admin.outcomes.bulk", values: { action: input.action, ...result } });
  revalidatePath("/admin");
  redirect(returnTo?.startsWith("/admin") ? returnTo : "/admin");
});

export const saveViewAction = formAction({ schema: SaveViewInput, auth: { roles: ["admin"] } }, async (input, { user }) => {
  await saveView(user, input);
  await setFlash({ tone: "success", key: "admin.outcomes.view_saved", values: { name: input.name } });
  redirect(`/admin${input.query}`);
});

export const deleteViewAction = guardedAction({ schema: z.object({ id: z.string().min(1).max(40) }), auth: { roles: ["admin"] } }, async (input, { user }) => {
  await deleteView(user, input.id);
  await setFlash({ tone: "success", key: "admin.outcomes.view_deleted" });
  redirect("/admin");
});
