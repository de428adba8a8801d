import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { expressDashboardUrl } from "@/lib/onboarding/payouts";

export const dynamic = "force-dynamic";

/** Opens the creator's Stripe Express dashboard (login links are single-use: made per click). */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/dashboard" });
  const url = await redirectOnAppError(() => expressDashboardUrl(user.id), "/onboarding/payouts");
  redirect(url);
}
