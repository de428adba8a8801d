import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { resumePayoutsOnboarding } from "@/lib/onboarding/payouts";

export const dynamic = "force-dynamic";

/** Stripe sends the creator here when a link expired or was already used: make a new one. */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/onboarding/stripe/refresh" });
  const { onboardingUrl } = await redirectOnAppError(() => resumePayoutsOnboarding(user.id), "/onboarding/payouts");
  redirect(onboardingUrl);
}
