import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";
import { onboardingOf, onboardingStatus } from "@/lib/onboarding/wizard";

export const GET = apiRoute(operations.onboardingStatus, async ({ rows, reply }) => reply(200, { data: onboardingStatus(onboardingOf(rows)) }));
