import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";

// One read of the signed-in user per request, shared by the layout, generateMetadata and the page.
const requestUser = cache(async (): Promise<CurrentUser | null> => currentUser(await headers()));

/** For pages: signed-out visitors go to /login, wrong roles get 403. */
export async function requirePageUser(options: { roles?: Role[]; returnTo?: string } = {}): Promise<CurrentUser> {
  const user = await requestUser();
  if (!user) redirect(`/login${options.returnTo ? `?callbackUrl=${encodeURIComponent(options.returnTo)}` : ""}`);
  if (options.roles && !options.roles.includes(user.role)) forbidden();
  return user;
}

export async function optionalPageUser(): Promise<CurrentUser | null> {
  return requestUser();
}
