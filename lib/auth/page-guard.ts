import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { signedInUser, type CurrentUser } from "@/lib/auth/current-user";
import { onboardingOf, type Onboarding } from "@/lib/onboarding/wizard";

// One read of the signed-in user (their language, and a creator's onboarding rows) per
// request, shared by the layout, generateMetadata, the page and the language of the page.
const requestSignedIn = cache(async () => signedInUser(await headers(), { withOnboarding: true }));
const onboardingOfRows = cache(onboardingOf);
const requestUser = async (): Promise<CurrentUser | null> => (await requestSignedIn())?.user ?? null;

/** The signed-in creator's profile language, from the same read (null when signed out or an admin). */
export async function signedInLanguage(): Promise<string | null> {
  return (await requestSignedIn())?.language ?? null;
}

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

/** The signed-in creator's onboarding, from the request's one read (no query of its own). */
export async function pageOnboarding(): Promise<Onboarding> {
  const rows = (await requestSignedIn())?.rows;
  if (!rows) throw new Error("pageOnboarding() needs a signed-in user: call requirePageUser() first");
  return onboardingOfRows(rows);
}
