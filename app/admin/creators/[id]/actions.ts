"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AdminActionInput, performAdminAction } from "@/lib/admin/actions";
import { deleteCreatorAsAdmin } from "@/lib/admin/creator-data";
import { addNote, addTag, NoteInput, removeTag, TagInput } from "@/lib/admin/notes";
import { setFlash } from "@/lib/http/flash";
import { formAction, guardedAction } from "@/lib/http/form-action";

const UserId = z.object({ userId: z.string().min(1).max(64) });
const CreatorActionInput = UserId.and(AdminActionInput);

function backToCreator(userId: string): never {
  revalidatePath(`/admin/creators/${userId}`);
  redirect(`/admin/creators/${encodeURIComponent(userId)}`);
}

/** Every admin button on a creator's page posts here; the role is checked on the server, whatever the UI showed. */
export const adminCreatorAction = guardedAction({ schema: CreatorActionInput, auth: { roles: ["admin"] } }, async (input, { user }) => {
  const result = await performAdminAction(user, input.userId, input);
  await setFlash({ tone: result.outcome === "success" ? "success" : "error", key: `admin.outcomes.${result.code}`, values: result.values });
  backToCreator(input.userId);
});

export const addNoteAction = formAction({ schema: UserId.extend(NoteInput.shape), auth: { roles: ["admin"] } }, async ({ userId, ...note }, { user }) => {
  await addNote(user, userId, note);
  await setFlash({ tone: "success", key: "admin.outcomes.note_added" });
  backToCreator(userId);
});

export const addTagAction = formAction({ schema: UserId.extend(TagInput.shape), auth: { roles: ["admin"] } }, async ({ userId, tag }, { user }) => {
  await addTag(user, userId, { tag });
  await setFlash({ tone: "success", key: "admin.outcomes.tag_added", values: { tag } });
  backToCreator(userId);
});

export const removeTagAction = guardedAction({ schema: UserId.extend(TagInput.shape), auth: { roles: ["admin"] } }, async ({ userId, tag }, { user }) => {
  await removeTag(user, userId, { tag });
  await setFlash({ tone: "success", key: "admin.outcomes.tag_removed", values: { tag } });
  backToCreator(userId);
});

/** A creator's deletion request, carried out by an admin (audited with a tombstone). */
export const deleteCreatorAction = guardedAction({ schema: UserId, auth: { roles: ["admin"] } }, async ({ userId }, { user }) => {
  await deleteCreatorAsAdmin(user, userId);
  await setFlash({ tone: "success", key: "admin.outcomes.creator_deleted" });
  revalidatePath("/admin");
  redirect("/admin");
});
