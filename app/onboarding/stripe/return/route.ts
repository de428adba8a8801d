import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { syncAccountFromStripe } from "@/lib/stripe/connect";

export const dynamic = "force-dynamic";

/**
 * Stripe sends the creator here when they leave its pages, finished or not. Returning is not
 * completion: the account is re-read from Stripe and the payouts step shows what it says.
 */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/onboarding/payouts" });
  await syncAccountFromStripe(user.id);
  redirect("/onboarding/payouts");
}
