import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// What marketing mail an account wants: reminders about unfinished steps (nudges) and reminders
// of Stripe deadlines. Changed without signing in, from a link in every such email, so the link
// carries a token: the account id and an HMAC of (id, address) under AUTH_SECRET. It is per
// address: after an email change, links sent to the old address stop working. Transactional
// mail (verification, passwords, security notices, payouts paused) never reads these.

export interface EmailPreferences {
  nudgeEmails: boolean;
  deadlineEmails: boolean;
}

/** A token's shape, checked before any lookup: `<account id>.<43 base64url characters>`. */
export const PreferencesToken = z.string({ error: "token_invalid" }).regex(/^[a-z0-9]{10,40}\.[A-Za-z0-9_-]{43}$/, { error: "token_invalid" });

function mac(userId: string, email: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`email-preferences\0${userId}\0${email}`).digest("base64url");
}

function preferencesToken(user: { id: string; email: string }): string {
  return `${user.id}.${mac(user.id, user.email)}`;
}

/** The account a token was made for, if it still has the address it was made for. */
async function accountOf(token: string): Promise<{ id: string; email: string; nudgeEmails: boolean; deadlineEmails: boolean } | null> {
  if (!PreferencesToken.safeParse(token).success) return null;
  const [userId, signature] = token.split(".");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, nudgeEmails: true, deadlineEmails: true } });
  if (!user) return null;
  const expected = Buffer.from(mac(user.id, user.email));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? user : null;
}

/** The page's view: the address (so the reader knows which) and its choices; null for a bad token. */
export async function preferencesFor(token: string): Promise<({ email: string } & EmailPreferences) | null> {
  const user = await accountOf(token);
  return user && { email: user.email, nudgeEmails: user.nudgeEmails, deadlineEmails: user.deadlineEmails };
}

/** Saves the choices; false for a bad token. */
export async function savePreferences(token: string, preferences: EmailPreferences): Promise<boolean> {
  const user = await accountOf(token);
  if (!user) return false;
  await db.user.update({ where: { id: user.id }, data: preferences });
  return true;
}

/** RFC 8058's one click: no more marketing mail of any kind. */
export function unsubscribeAll(token: string): Promise<boolean> {
  return savePreferences(token, { nudgeEmails: false, deadlineEmails: false });
}

/** The page where `user` chooses, as a path on this site (Settings links to it). */
export function preferencesPath(user: { id: string; email: string }): string {
  return `/email-preferences?token=${preferencesToken(user)}`;
}

/** The page a creator chooses on, and the List-Unsubscribe targets (RFC 2369, RFC 8058) of an email to `user`. */
export function preferenceLinks(user: { id: string; email: string }): { page: string; oneClick: string; mailto: string } {
  const token = preferencesToken(user);
  const base = env().FRONTEND_URL;
  return {
    page: `${base}${preferencesPath(user)}`,
    oneClick: `${base}/api/v1/email-preferences/unsubscribe?token=${token}`,
    mailto: `mailto:${env().SUPPORT_EMAIL}?subject=${encodeURIComponent(`unsubscribe ${user.email}`)}`,
  };
}
