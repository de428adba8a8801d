"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AdminActionInput, performAdminAction } from "@/lib/admin/actions";
import { requirePageUser } from "@/lib/auth/page-guard";

/** Every admin button posts here; the role is checked again on the server, whatever the UI showed. */
export async function adminCreatorAction(formData: FormData): Promise<void> {
  const admin = await requirePageUser({ roles: ["admin"] });
  const userId = String(formData.get("userId") ?? "");
  const parsed = AdminActionInput.safeParse(Object.fromEntries(formData.entries()));
  const result = parsed.success ? await performAdminAction(admin.id, userId, parsed.data) : { outcome: "failure", message: "Unknown action." };
  revalidatePath(`/admin/creators/${userId}`);
  redirect(`/admin/creators/${encodeURIComponent(userId)}?outcome=${result.outcome}&notice=${encodeURIComponent(result.message)}`);
}
