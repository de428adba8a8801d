import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";
import { saveProfile } from "@/lib/onboarding/profile";
import { loadOnboarding, onboardingStatus } from "@/lib/onboarding/wizard";

export const PUT = apiRoute(operations.saveProfile, async ({ user, body, reply }) => {
  await saveProfile(user.id, body);
  return reply(200, { data: onboardingStatus(await loadOnboarding(user.id)) });
});
