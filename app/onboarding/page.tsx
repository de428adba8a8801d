import { redirect } from "next/navigation";
import { pageOnboarding, requirePageUser } from "@/lib/auth/page-guard";
import { resumeUrl } from "@/lib/onboarding/wizard";

export const dynamic = "force-dynamic";

/** Resume on any device: the first unfinished step, or the dashboard once it is open. */
export default async function OnboardingEntry() {
  const user = await requirePageUser({ returnTo: "/onboarding" });
  if (user.role === "admin") redirect("/admin");
  redirect(resumeUrl(await pageOnboarding()));
}
