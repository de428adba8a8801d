import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { setFlash } from "@/lib/http/flash";
import { syncPayouts } from "@/lib/onboarding/payouts";
import { DASHBOARD_URL, dashboardOpen, loadOnboarding, pageUrl } from "@/lib/onboarding/wizard";

export const dynamic = "force-dynamic";

/**
 * Stripe sends the creator here when they leave its pages, finished or not. Returning is not
 * completion: the account is re-read from Stripe and the creator sees what it says.
 */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/onboarding/payouts" });
  // Stripe unreachable right now: the webhook will bring the news; the step says so meanwhile.
  await redirectOnAppError(() => syncPayouts(user.id), "/onboarding/payouts");
  const onboarding = await loadOnboarding(user.id);
  if (onboarding.payout.state === "active") await setFlash({ tone: "success", key: "toasts.payoutsActive" });
  // Active or waiting for Stripe: the dashboard; anything still to do: the payouts step.
  redirect(dashboardOpen(onboarding) ? DASHBOARD_URL : pageUrl("payouts"));
}
