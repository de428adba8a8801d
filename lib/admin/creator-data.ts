import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { deleteAccount, exportAccount } from "@/lib/auth/account-data";

// The creator's rights of access and erasure, exercised by an admin on the creator's behalf
// (a request by email, say): the same export and deletion, each written to the audit log.

async function assertCreator(userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || user.role !== "creator") throw new AppError("not_found", 404, "No creator with this id.");
}

export async function exportCreatorAsAdmin(actor: Actor, userId: string) {
  assertAdmin(actor);
  await assertCreator(userId);
  const data = await exportAccount(userId);
  await db.auditLog.create({ data: { actorId: actor.id, action: "data_exported", targetType: "user", targetId: userId, outcome: "success" } });
  return data;
}

export async function deleteCreatorAsAdmin(actor: Actor, userId: string): Promise<string> {
  assertAdmin(actor);
  await assertCreator(userId);
  return deleteAccount(userId, { actorId: actor.id });
}
