"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { drainOutboxAsAdmin, requeueDeadRowsAsAdmin } from "@/lib/admin/system";
import { setFlash } from "@/lib/http/flash";
import { guardedAction } from "@/lib/http/form-action";

export const drainOutboxAction = guardedAction({ schema: z.object({}), auth: { roles: ["admin"] } }, async (_input, { user }) => {
  const result = await drainOutboxAsAdmin(user);
  const failed = result.failed + result.dead;
  await setFlash({ tone: failed > 0 ? "error" : "success", key: "admin.outcomes.drained", values: { sent: result.sent, failed } });
  redirect("/admin/system");
});

const RequeueInput = z.object({ id: z.union([z.literal("all"), z.uuid()]) });

export const requeueOutboxAction = guardedAction({ schema: RequeueInput, auth: { roles: ["admin"] } }, async (input, { user }) => {
  const count = await requeueDeadRowsAsAdmin(user, input.id === "all" ? "all" : [input.id]);
  await setFlash({ tone: "success", key: "admin.outcomes.requeued", values: { count } });
  redirect("/admin/system");
});
