import type { Prisma } from "@/lib/generated/prisma/client";
import { UAParser } from "ua-parser-js";
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

// ua-parser-js (v1, MIT; v2 is AGPL) names browsers and systems; a few of its names are shortened.
const SHORTER_NAMES: Record<string, string> = { "Mobile Safari": "Safari", "Chrome Headless": "Chrome", "Chrome WebView": "Chrome", "Mac OS": "macOS", "Chromium OS": "ChromeOS" };
// API tokens are often asked for from a terminal: curl too, through the library's extension list.
const EXTENSIONS = { browser: [[/(curl)\/([\w.]+)/i], [UAParser.BROWSER.NAME, UAParser.BROWSER.VERSION]] };

/** "Firefox · Windows" from a User-Agent header, or null when it says nothing we know. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = new UAParser(userAgent, EXTENSIONS).getResult();
  const names = [browser.name, os.name].filter((name): name is string => Boolean(name)).map((name) => SHORTER_NAMES[name] ?? name);
  return names.length > 0 ? names.join(" · ") : null;
}
