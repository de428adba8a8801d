"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { drainOutboxAsAdmin, requeueDeadRowsAsAdmin } from "@/lib/admin/system";
import { guardedAction } from "@/lib/http/form-action";

export const drainOutboxAction = guardedAction({ schema: z.object({}), auth: { roles: ["admin"] } }, async (_input, { user }) => {
  const result = await drainOutboxAsAdmin(user);
  redirect(`/admin/system?drained=${result.sent}&failed=${result.failed + result.dead}`);
});

const RequeueInput = z.object({ id: z.union([z.literal("all"), z.uuid()]) });

export const requeueOutboxAction = guardedAction({ schema: RequeueInput, auth: { roles: ["admin"] } }, async (input, { user }) => {
  const count = await requeueDeadRowsAsAdmin(user, input.id === "all" ? "all" : [input.id]);
  redirect(`/admin/system?requeued=${count}`);
});
