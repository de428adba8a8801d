"use server";

import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { drainOutbox } from "@/lib/automation/outbox";
import { db } from "@/lib/db";

export async function drainOutboxAction(): Promise<void> {
  const admin = await requirePageUser({ roles: ["admin"] });
  const result = await drainOutbox();
  await db.auditLog.create({
    data: { actorId: admin.id, action: "drain_outbox", targetType: "system", outcome: result.failed ? "failure" : "success", details: { sent: result.sent, failed: result.failed, error: result.error ?? null } },
  });
  redirect(`/admin/system?drained=${result.sent}&failed=${result.failed}`);
}
