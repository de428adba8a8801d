import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";
import { acceptTerms } from "@/lib/onboarding/terms";
import { loadOnboarding, onboardingStatus } from "@/lib/onboarding/wizard";

export const POST = apiRoute(operations.acceptTerms, async ({ user, body, reply }) => {
  await acceptTerms(user.id, body.version);
  return reply(200, { data: onboardingStatus(await loadOnboarding(user.id)) });
});
