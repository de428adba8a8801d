import { describe, expect, it } from "vitest";
import { POST as forgot } from "@/app/api/v1/auth/password/forgot/route";
import { POST as reset } from "@/app/api/v1/auth/password/reset/route";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as resendVerification } from "@/app/api/v1/auth/verify-email/resend/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { POST as changeEmailRoute } from "@/app/api/v1/me/email/route";
import { POST as changePasswordRoute } from "@/app/api/v1/me/password/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { acceptInvite, inspectInvite, inviteAdmin, removeAdmin, setAccountDisabled } from "@/lib/admin/team";
import { confirmEmailChange, inspectEmailChangeLink, requestEmailChange, undoEmailChange } from "@/lib/auth/email-change";
import { signOutEverywhere } from "@/lib/auth/outstanding";
import { inspectResetLink, requestPasswordReset } from "@/lib/auth/password-reset";
import { hashToken } from "@/lib/auth/tokens";
import { confirmEmail } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { callRoute, randomIp } from "../../support/http";
import { emailsTo, latestEmailTo, verificationTokenIn } from "../../support/mailbox";
import { createAdmin, createCreator, FACTORY_PASSWORD, uniqueEmail } from "../../factories/users";

// Issue 30, rows 2–4 and 11: the takeover paths an attacker found, each written as the whole
// multi-step attack. Whoever proves they hold the account ends every link and change that was
// outstanding (lib/auth/outstanding.ts); invitations die with their inviter.

const ATTACKER_PASSWORD = "attacker chose this one";
const VICTIM_PASSWORD = "the real owner's passphrase";
const NEW_PASSWORD = "lantern orchard velvet quarry";
const HOUR = 3_600_000;
const context = { ip: "203.0.113.7", userAgent: "vitest" };

async function tokenFor(email: string, password: string) {
  const response = await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password }, ip: randomIp() });
  expect(response.status).toBe(200);
  return response.body.data.access_token as string;
}

function linkIn(html: string, path: string): string {
  const match = html.match(new RegExp(`/${path}\\?token=([\\w-]+)`));
  if (!match) throw new Error(`no ${path} link`);
  return match[1];
}

async function resetLinkFor(email: string): Promise<string> {
  expect((await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email }, ip: randomIp() })).status).toBe(202);
  return linkIn((await latestEmailTo(email)).html, "reset-password");
}

async function moveAddress(userId: string, newEmail: string): Promise<{ confirm: string; undo: string; oldEmail: string }> {
  const { email: oldEmail } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  await requestEmailChange(userId, { newEmail, password: FACTORY_PASSWORD });
  return { confirm: linkIn((await latestEmailTo(newEmail)).html, "confirm-email-change"), undo: linkIn((await latestEmailTo(oldEmail)).html, "undo-email-change"), oldEmail };
}

describe("row 2: an email change queued by whoever held the account first", () => {
  it("the attacker who pre-registered the victim's address cannot move the account to their own", async () => {
    const victim = uniqueEmail("victim");
    const attackerMailbox = uniqueEmail("attacker");
    await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: victim, password: ATTACKER_PASSWORD }, ip: randomIp(), headers: { origin: env().FRONTEND_URL } });
    const attacker = await tokenFor(victim, ATTACKER_PASSWORD);
    const asked = await callRoute(changeEmailRoute, "POST", "/api/v1/me/email", { bearer: attacker, body: { newEmail: attackerMailbox, password: ATTACKER_PASSWORD } });
    expect(asked).toMatchObject({ status: 403, body: { error: { code: "email_not_verified" } } });

    // The victim claims the account from the link in their mailbox, with a new password.
    await confirmEmail({ token: verificationTokenIn(await latestEmailTo(victim)), newPassword: VICTIM_PASSWORD });
    const account = await db.user.findUniqueOrThrow({ where: { email: victim } });
    expect(account).toMatchObject({ pendingEmail: null, emailVerified: true });
    const forged = await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token: "not-a-link-the-attacker-has", password: NEW_PASSWORD } });
    expect(forged.status).toBe(400);
  });

  it("a change already pending on an unverified account (queued before the rule) ends when the owner claims it", async () => {
    const victim = uniqueEmail("victim");
    const held = await createCreator({ email: victim, emailVerified: false });
    const attackerMailbox = uniqueEmail("attacker");
    const change = { confirm: "a-change-link-queued-by-an-earlier-release" };
    await db.user.update({ where: { id: held.id }, data: { pendingEmail: attackerMailbox } });
    await db.verificationToken.create({ data: { userId: held.id, purpose: "email_change", tokenHash: hashToken(change.confirm), data: { oldEmail: victim, newEmail: attackerMailbox }, expiresAt: new Date(Date.now() + HOUR) } });
    await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: victim, password: VICTIM_PASSWORD }, ip: randomIp() });

    await confirmEmail({ token: verificationTokenIn(await latestEmailTo(victim)), newPassword: VICTIM_PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: held.id } })).pendingEmail).toBeNull();
    await expect(confirmEmailChange(change.confirm)).rejects.toMatchObject({ code: "token_expired" });
    expect((await db.user.findUniqueOrThrow({ where: { id: held.id } })).email).toBe(victim);
  });
});

describe("row 3: reset and change links end with what should end them", () => {
  it("a reset link asked for before a password change stops working after it", async () => {
    const creator = await createCreator({ emailVerified: true });
    const link = await resetLinkFor(creator.email);
    const changed = await callRoute(changePasswordRoute, "POST", "/api/v1/me/password", { bearer: await tokenFor(creator.email, FACTORY_PASSWORD), body: { currentPassword: FACTORY_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(changed.status).toBe(200);
    expect(await inspectResetLink(link)).toEqual({ status: "expired" });
    const used = await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token: link, password: ATTACKER_PASSWORD } });
    expect(used).toMatchObject({ status: 410, body: { error: { code: "token_expired" } } });
  });

  it("a reset link sent to the old address stops working once the account moved to a new one", async () => {
    const creator = await createCreator({ emailVerified: true });
    const link = await resetLinkFor(creator.email);
    const next = uniqueEmail("moved");
    const change = await moveAddress(creator.id, next);
    await confirmEmailChange(change.confirm);
    expect(await inspectResetLink(link)).toEqual({ status: "invalid" });
    expect((await db.verificationToken.findFirstOrThrow({ where: { userId: creator.id, purpose: "password_reset" } })).expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    // Bound to its address even where nothing expired it (a link of the old address, the account moved).
    await db.verificationToken.updateMany({ where: { userId: creator.id, purpose: "password_reset" }, data: { expiresAt: new Date(Date.now() + HOUR) } });
    expect(await inspectResetLink(link)).toEqual({ status: "invalid" });
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token: link, password: ATTACKER_PASSWORD } })).body.error.code).toBe("token_invalid");
    // The move's own undo link is kept: the old address may still take the account back.
    expect(await inspectEmailChangeLink(change.undo, "email_change_undo")).toMatchObject({ status: "valid", done: true });
  });

  it("'sign out everywhere' ends reset and email-change links and the pending change", async () => {
    const creator = await createCreator({ emailVerified: true });
    const change = await moveAddress(creator.id, uniqueEmail("pending"));
    const link = await resetLinkFor(creator.email);
    await signOutEverywhere(creator.id);
    expect(await inspectResetLink(link)).toEqual({ status: "expired" });
    expect(await inspectEmailChangeLink(change.confirm, "email_change")).toEqual({ status: "expired" });
    expect(await inspectEmailChangeLink(change.undo, "email_change_undo")).toEqual({ status: "expired" });
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).pendingEmail).toBeNull();
  });

  it("a reset link asked for but not yet delivered is never sent once the owner signed out everywhere", async () => {
    const creator = await createCreator({ emailVerified: true });
    await requestPasswordReset(creator.email, "en");
    await signOutEverywhere(creator.id);
    expect((await emailsTo(creator.email)).filter((message) => message.subject === "Reset your password")).toEqual([]);
    expect(await db.outboxEvent.count({ where: { name: "email/password-reset", status: "pending", payload: { path: ["userId"], equals: creator.id } } })).toBe(0);
  });

  it("a password reset and an admin disabling the account end the other links too", async () => {
    const creator = await createCreator({ emailVerified: true });
    const change = await moveAddress(creator.id, uniqueEmail("pending"));
    const first = await resetLinkFor(creator.email);
    const second = await resetLinkFor(creator.email);
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token: second, password: NEW_PASSWORD } })).status).toBe(200);
    expect(await inspectResetLink(first)).toEqual({ status: "expired" });
    expect(await inspectEmailChangeLink(change.undo, "email_change_undo")).toEqual({ status: "expired" });

    const other = await createCreator({ emailVerified: true });
    const link = await resetLinkFor(other.email);
    const otherChange = await moveAddress(other.id, uniqueEmail("pending"));
    await setAccountDisabled(await createAdmin(), other.id, true);
    expect(await inspectEmailChangeLink(otherChange.confirm, "email_change")).toEqual({ status: "expired" });
    expect((await db.verificationToken.findFirstOrThrow({ where: { userId: other.id, purpose: "password_reset" } })).expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await inspectResetLink(link)).toEqual({ status: "invalid" });
  });
});

describe("row 4: invitations do not outlive their inviter", () => {
  async function invitationFrom(inviter: Awaited<ReturnType<typeof createAdmin>>) {
    const email = uniqueEmail("invited");
    await inviteAdmin(inviter, { email, language: "en" });
    return { email, token: linkIn((await latestEmailTo(email)).html, "accept-invite") };
  }

  it("an admin who is disabled: the admin they invited cannot accept (and so cannot re-enable them)", async () => {
    const [owner, rogue] = [await createAdmin(), await createAdmin()];
    const invitation = await invitationFrom(rogue);
    await setAccountDisabled(owner, rogue.id, true);
    expect(await inspectInvite(invitation.token)).toEqual({ status: "invalid" });
    await expect(acceptInvite({ token: invitation.token, password: NEW_PASSWORD }, context)).rejects.toMatchObject({ code: "token_invalid" });
    expect(await db.user.findUnique({ where: { email: invitation.email } })).toBeNull();
    expect((await db.adminInvite.findFirstOrThrow({ where: { email: invitation.email } })).revokedAt).not.toBeNull();
  });

  it("checked at the door too: an inviter disabled behind the revocation's back still lets nobody in", async () => {
    const rogue = await createAdmin();
    const invitation = await invitationFrom(rogue);
    await db.user.update({ where: { id: rogue.id }, data: { disabledAt: new Date() } });
    await expect(acceptInvite({ token: invitation.token, password: NEW_PASSWORD }, context)).rejects.toMatchObject({ code: "token_invalid" });
  });

  it("an admin who is removed: their open invitations are revoked", async () => {
    const [owner, leaving] = [await createAdmin(), await createAdmin()];
    const invitation = await invitationFrom(leaving);
    await removeAdmin(owner, leaving.id);
    await expect(acceptInvite({ token: invitation.token, password: NEW_PASSWORD }, context)).rejects.toMatchObject({ code: "token_invalid" });
  });
});

describe("row 11: the undo link lasts 48 hours", () => {
  it("the old mailbox takes the account back within 48 hours, not after", async () => {
    const late = await createCreator({ emailVerified: true });
    const lateChange = await moveAddress(late.id, uniqueEmail("moved"));
    await confirmEmailChange(lateChange.confirm);
    const afterTwoDays = new Date(Date.now() + 48 * HOUR + 60_000);
    expect(await inspectEmailChangeLink(lateChange.undo, "email_change_undo", afterTwoDays)).toEqual({ status: "expired" });
    await expect(undoEmailChange(lateChange.undo, afterTwoDays)).rejects.toMatchObject({ code: "token_expired" });

    const early = await createCreator({ emailVerified: true });
    const earlyChange = await moveAddress(early.id, uniqueEmail("moved"));
    await confirmEmailChange(earlyChange.confirm);
    expect(await undoEmailChange(earlyChange.undo, new Date(Date.now() + 47 * HOUR))).toEqual({ undone: true, email: earlyChange.oldEmail });
  });
});

// Row 10: the per-address ceiling used to answer the owner 429 for the rest of the hour.
describe("an attacker with many client addresses cannot silence an address's owner", () => {
  const CEILING = 20;
  const queued = (name: string, userId: string) => db.outboxEvent.count({ where: { name, payload: { path: ["userId"], equals: userId } } });

  it("forgot-password past the ceiling answers 202 as usual and sends one email per quarter hour, not one per request", async () => {
    const victim = await createCreator();
    for (let request = 0; request < CEILING + 5; request++) {
      expect((await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: victim.email }, ip: randomIp() })).status).toBe(202);
    }
    const owner = await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: victim.email }, ip: randomIp() });
    expect(owner.status).toBe(202);
    // The ceiling's twenty, then one for the whole burst past it: the owner's mailbox holds a working link.
    expect(await queued("email/password-reset", victim.id)).toBe(CEILING + 1);
  });

  it("resend past the ceiling answers 202 as usual and sends one email per quarter hour", async () => {
    const victim = await createCreator({ emailVerified: false });
    for (let request = 0; request < CEILING + 5; request++) {
      expect((await callRoute(resendVerification, "POST", "/api/v1/auth/verify-email/resend", { body: { email: victim.email }, ip: randomIp() })).status).toBe(202);
    }
    expect(await queued("email/verify-email", victim.id)).toBe(CEILING + 1);
  });
});

// Row 9: after a normal sign-out, a copy of the cookie still read /api/v1/me.
describe("signing out ends the token it signed out", () => {
  it("a copy of the cookie taken before sign-out (and renewed since) reads nothing afterwards; other devices stay signed in", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const { claimsOf, createSessionCookie } = await import("@/lib/auth/session-token");
    const { decode, encode } = await import("next-auth/jwt");
    const creator = await createCreator();
    const stolen = await createSessionCookie(creator);
    const otherDevice = await createSessionCookie(creator);
    const token = (await decode({ token: stolen.value, secret: env().AUTH_SECRET }))!;
    // next-auth renews the cookie on /api/auth/session (its jwt callback, then its encode):
    // the renewed copy has a new jti and keeps the session's id.
    const renewedClaims = await authOptions().callbacks!.jwt!({ token } as never);
    const renewed = await encode({ token: renewedClaims, secret: env().AUTH_SECRET });
    const renewedToken = (await decode({ token: renewed, secret: env().AUTH_SECRET }))!;
    expect(renewedToken.jti).not.toBe(token.jti);
    expect(claimsOf(renewedToken, "session")!.tokenId).toBe(claimsOf(token, "session")!.tokenId);
    const read = (value: string) => callRoute(meRoute, "GET", "/api/v1/me", { cookie: `${stolen.name}=${value}` });
    expect((await read(stolen.value)).status).toBe(200);
    await authOptions().events!.signOut!({ token } as never);
    expect((await read(stolen.value)).status).toBe(401);
    expect((await read(renewed)).status).toBe(401);
    expect((await read(otherDevice.value)).status).toBe(200);
  });
});

describe("a session cookie issued before this deploy (named by its jti, without `sid`)", () => {
  it("still reads, keeps its name through a renewal, and signing out ends both copies", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const { sessionCookieName } = await import("@/lib/auth/session-token");
    const { decode, encode } = await import("next-auth/jwt");
    const creator = await createCreator();
    const legacyValue = await encode({ token: { sub: creator.id, email: creator.email, role: "creator", sv: 0, kind: "session" }, secret: env().AUTH_SECRET, maxAge: 3600 });
    const legacy = (await decode({ token: legacyValue, secret: env().AUTH_SECRET }))!;
    const read = (value: string) => callRoute(meRoute, "GET", "/api/v1/me", { cookie: `${sessionCookieName()}=${value}` });
    expect((await read(legacyValue)).status).toBe(200);
    const renewed = await encode({ token: await authOptions().callbacks!.jwt!({ token: legacy } as never), secret: env().AUTH_SECRET });
    expect((await read(renewed)).status).toBe(200);
    await authOptions().events!.signOut!({ token: legacy } as never);
    expect((await read(legacyValue)).status).toBe(401);
    expect((await read(renewed)).status).toBe(401);
  });
});
