import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { loadOnboarding, pageUrl } from "@/lib/onboarding/wizard";

export const dynamic = "force-dynamic";

/** Resume: always the first unfinished step, on any device. */
export default async function OnboardingEntry() {
  const user = await requirePageUser({ returnTo: "/onboarding" });
  if (user.role === "admin") redirect("/admin");
  redirect(pageUrl((await loadOnboarding(user.id)).next));
}
