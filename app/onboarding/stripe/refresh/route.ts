import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { startStripeOnboarding } from "@/lib/stripe/connect";

export const dynamic = "force-dynamic";

/** Stripe sends the creator here when a link expired or was already used: make a new one. */
export async function GET() {
  const user = await requirePageUser({ roles: ["creator"], returnTo: "/onboarding/stripe/refresh" });
  const session = await db.onboardingSession.findUnique({ where: { userId: user.id } });
  const { onboardingUrl } = await startStripeOnboarding(user.id, { returnUrl: session?.returnUrl ?? undefined, refreshUrl: session?.refreshUrl ?? undefined });
  redirect(onboardingUrl);
}
