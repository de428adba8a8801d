import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";

/** Who is acting: every admin reader and action takes it and checks the role itself. */
export interface Actor {
  id: string;
  role: Role;
}

/**
 * The admin's own check, whatever the caller already checked: one forgotten check in a page
 * or route must not be one data leak.
 */
export function assertAdmin(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated", 401, "Sign in to continue.");
  if (actor.role !== "admin") throw new AppError("forbidden", 403, "You do not have access to this.");
}
