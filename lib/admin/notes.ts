import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { TagSchema } from "@/lib/admin/creators";
import { AppError } from "@/lib/http/errors";

// What the agency writes about a creator: private notes and tags. Each change is one audit row,
// written in the same transaction as the change.

export const NoteInput = z.object({ body: z.string().trim().min(1, { error: "note_required" }).max(2000, { error: "note_too_long" }) });
export const TagInput = z.object({ tag: TagSchema });

async function assertCreator(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || user.role !== "creator") throw new AppError("not_found", 404, "No creator with this id.");
}

function audit(tx: Prisma.TransactionClient, actor: Actor, userId: string, action: string, details: Prisma.InputJsonValue) {
  return tx.auditLog.create({ data: { actorId: actor.id, action, targetType: "user", targetId: userId, outcome: "success", details } });
}

export async function addNote(actor: Actor, userId: string, input: z.infer<typeof NoteInput>): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    await assertCreator(tx, userId);
    const note = await tx.creatorNote.create({ data: { userId, authorId: actor.id, body: input.body } });
    await audit(tx, actor, userId, "note_added", { noteId: note.id });
  });
}

/** Adds the tag; true if it was new (adding it twice is harmless and not audited twice). */
export async function addTag(actor: Actor, userId: string, input: z.infer<typeof TagInput>): Promise<boolean> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    await assertCreator(tx, userId);
    const created = await tx.creatorTag.createMany({ data: [{ userId, tag: input.tag }], skipDuplicates: true });
    if (created.count > 0) await audit(tx, actor, userId, "tag_added", { tag: input.tag });
    return created.count > 0;
  });
}

export async function removeTag(actor: Actor, userId: string, input: z.infer<typeof TagInput>): Promise<boolean> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const removed = await tx.creatorTag.deleteMany({ where: { userId, tag: input.tag } });
    if (removed.count > 0) await audit(tx, actor, userId, "tag_removed", { tag: input.tag });
    return removed.count > 0;
  });
}
