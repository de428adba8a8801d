import { registerCreator } from "@/lib/auth/register";
import { RegisterInput } from "@/lib/auth/schemas";
import { apiRoute, ok } from "@/lib/http/api-route";

export const POST = apiRoute(
  { body: RegisterInput, rateLimit: { name: "register", emailField: "email" } },
  async ({ body, requestId }) => ok((await registerCreator(body)).receipt, requestId, 201),
);
