import { apiRoute, ok } from "@/lib/http/api-route";
import { onboardingStatus } from "@/lib/onboarding/wizard";

export const GET = apiRoute({ auth: { roles: ["creator"] } }, async ({ user, requestId }) => ok(await onboardingStatus(user.id), requestId));
