import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { syncPayouts } from "@/lib/onboarding/payouts";

export const dynamic = "force-dynamic";

/**
 * Stripe sends the creator here when they leave its pages, finished or not. Returning is not
 * completion: the account is re-read from Stripe and the payouts step shows what it says.
 */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/onboarding/payouts" });
  // Stripe unreachable right now: the webhook will bring the news; the step says so meanwhile.
  await redirectOnAppError(() => syncPayouts(user.id), "/onboarding/payouts");
  redirect("/onboarding/payouts");
}
