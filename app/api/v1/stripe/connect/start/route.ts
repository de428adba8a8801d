import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";

export const POST = apiRoute(operations.connectStart, async ({ user, body, reply }) => {
  const { onboardingUrl } = await startPayoutsOnboarding(user.id, { returnUrl: body.return_url, refreshUrl: body.refresh_url });
  return reply(200, { data: { onboarding_url: onboardingUrl } });
});
