import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";

/** For pages and server actions: signed-out visitors go to /login, wrong roles get 403. */
export async function requirePageUser(options: { roles?: Role[]; returnTo?: string } = {}): Promise<CurrentUser> {
  const user = await currentUser(await headers());
  if (!user) redirect(`/login${options.returnTo ? `?callbackUrl=${encodeURIComponent(options.returnTo)}` : ""}`);
  if (options.roles && !options.roles.includes(user.role)) forbidden();
  return user;
}

export async function optionalPageUser(): Promise<CurrentUser | null> {
  return currentUser(await headers());
}
