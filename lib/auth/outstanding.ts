import { db, type Prisma } from "@/lib/db";

// "End everything outstanding for this account": every reset, email-change and undo link
// still in an inbox stops working, and a pending email change is dropped. Whoever proves they
// hold the account (claiming it, resetting or changing the password, signing out everywhere,
// moving or taking back its address) or an admin disabling it calls this, in the same
// transaction: a link asked for by someone who held the account before cannot outlive them
// (decision 005). Links are issued when they are asked for (not when the email is sent), so
// expiring the stored tokens ends queued emails too: their preparers find the token spent.

const ENDED_PURPOSES = ["password_reset", "email_change", "email_change_undo"] as const;

export interface KeepUndo {
  /** The undo link of this change stays: the old address may still take the account back. */
  newEmail: string;
}

export async function endOutstanding(tx: Prisma.TransactionClient, userId: string, now: Date, keep?: KeepUndo): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { pendingEmail: null } });
  await tx.verificationToken.updateMany({
    where: {
      userId,
      purpose: { in: [...ENDED_PURPOSES] },
      used: false,
      expiresAt: { gt: now },
      ...(keep ? { NOT: { purpose: "email_change_undo", data: { path: ["newEmail"], equals: keep.newEmail } } } : {}),
    },
    data: { expiresAt: now },
  });
}

/** Sessions, links and pending changes all end ("sign out everywhere"). */
async function revokeEverything(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<number> {
  await endOutstanding(tx, userId, now);
  const updated = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return updated.sessionVersion;
}

/** "Sign out everywhere" from the settings page (and the tests' attacker). */
export async function signOutEverywhere(userId: string): Promise<number> {
  return db.$transaction((tx) => revokeEverything(tx, userId, new Date()));
}

/**
 * An account can no longer sign in (disabled or deleted by an admin): its sessions and links
 * end, and the admin invitations it sent and that are not accepted yet are revoked, so nobody
 * it invited can come in (and re-enable it) after it is gone.
 */
export async function shutAccount(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<void> {
  await revokeEverything(tx, userId, now);
  await tx.adminInvite.updateMany({ where: { invitedById: userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
}
