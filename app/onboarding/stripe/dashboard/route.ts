import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { expressDashboardUrl } from "@/lib/stripe/connect";

export const dynamic = "force-dynamic";

/** Opens the creator's Stripe Express dashboard (login links are single-use: made per click). */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/dashboard" });
  redirect(await expressDashboardUrl(user.id));
}
