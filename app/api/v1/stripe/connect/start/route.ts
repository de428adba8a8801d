import { z } from "zod";
import { apiRoute, ok } from "@/lib/http/api-route";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";

const StartInput = z.object({
  return_url: z.string().max(2000).optional(),
  refresh_url: z.string().max(2000).optional(),
});

export const POST = apiRoute({ auth: { roles: ["creator"] }, body: StartInput }, async ({ user, body, requestId }) => {
  const { onboardingUrl } = await startPayoutsOnboarding(user.id, { returnUrl: body.return_url, refreshUrl: body.refresh_url });
  return ok({ onboarding_url: onboardingUrl }, requestId);
});
