import { z } from "zod";
import { db } from "@/lib/db";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { CreatorFilters } from "@/lib/admin/creators";

// An admin's own named filters of the creators list. The query is re-validated against the
// list's schema before it is stored, so a saved view never carries anything the list refuses.

export const SaveViewInput = z.object({
  name: z.string().trim().min(1, { error: "view_name_required" }).max(60, { error: "view_name_too_long" }),
  query: z.string().max(2000),
});

const KEPT = ["q", "step", "payout", "language", "stuckDays", "tag", "lastStep", "signedUpFrom", "signedUpTo", "sort", "order"] as const;

/** The list's query string reduced to what a view remembers (never a page number or a selection). */
export function viewQuery(query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  const parsed = CreatorFilters.safeParse(Object.fromEntries(params));
  if (!parsed.success) return "";
  const kept = new URLSearchParams();
  for (const key of KEPT) {
    const value = parsed.data[key];
    if (value !== undefined && value !== "" && params.has(key)) kept.set(key, String(value));
  }
  return kept.toString();
}

export async function listViews(actor: Actor) {
  assertAdmin(actor);
  return db.savedView.findMany({ where: { adminId: actor.id }, orderBy: { name: "asc" }, select: { id: true, name: true, query: true } });
}

/** Saves (or overwrites, by name) one of the admin's views. */
export async function saveView(actor: Actor, input: z.infer<typeof SaveViewInput>): Promise<void> {
  assertAdmin(actor);
  const query = viewQuery(input.query);
  await db.savedView.upsert({ where: { adminId_name: { adminId: actor.id, name: input.name } }, create: { adminId: actor.id, name: input.name, query }, update: { query } });
}

/** Only the admin's own views can be deleted: another admin's id matches nothing. */
export async function deleteView(actor: Actor, id: string): Promise<void> {
  assertAdmin(actor);
  await db.savedView.deleteMany({ where: { id, adminId: actor.id } });
}
