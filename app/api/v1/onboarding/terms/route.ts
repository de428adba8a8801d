import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";
import { acceptTerms } from "@/lib/onboarding/terms";
import { onboardingStatus } from "@/lib/onboarding/wizard";

export const POST = apiRoute(operations.acceptTerms, async ({ user, body, reply }) => {
  await acceptTerms(user.id, body.version);
  return reply(200, { data: await onboardingStatus(user.id) });
});
