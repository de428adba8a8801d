import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";
import { onboardingStatus } from "@/lib/onboarding/wizard";

export const GET = apiRoute(operations.onboardingStatus, async ({ user, reply }) => reply(200, { data: await onboardingStatus(user.id) }));
