import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

// The account's own record of how and from where it was signed in to, for "recent sign-ins".

export type SignInMethod = "password" | "api_token" | "email_link" | "password_reset" | "invite";

export interface SignInContext {
  ip: string;
  userAgent?: string | null;
}

export async function recordSignIn(userId: string, method: SignInMethod, context: SignInContext, client: Prisma.TransactionClient | typeof db = db): Promise<void> {
  await client.signIn.create({ data: { userId, method, ip: context.ip, userAgent: context.userAgent?.slice(0, 400) ?? null } });
}

export async function recentSignIns(userId: string, take = 20) {
  return db.signIn.findMany({ where: { userId }, orderBy: { at: "desc" }, take, select: { at: true, method: true, ip: true, userAgent: true } });
}

const BROWSERS: Array<[RegExp, string]> = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/curl\//, "curl"],
];
const SYSTEMS: Array<[RegExp, string]> = [
  [/Android/, "Android"],
  [/iPhone|iPad|iOS/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** "Firefox on Windows" from a User-Agent header, or null when it says nothing we know. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? null;
}
