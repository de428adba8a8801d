import { db } from "@/lib/db";

// Signing out ends the token it signed out, not only the browser's copy: a cookie copied
// before (a shared computer, malware, a proxy log) stops working at once instead of living on
// to its expiry. Revocations are kept until the token would have expired anyway (then the
// hourly housekeeping deletes them, lib/db/housekeeping.ts), so the table holds at most a week of sign-outs.

// Readers find a token's revocation with the account's row (lib/auth/current-user.ts).

export async function revokeToken(token: { userId: string; tokenId: string; expiresAt: Date }): Promise<void> {
  await db.revokedSession.upsert({ where: { tokenId: token.tokenId }, create: token, update: {} });
}
