import { describe, expect, it } from "vitest";
import { DELETE as removeAdminRoute } from "@/app/api/v1/admin/admins/[id]/route";
import { GET as listAdminsRoute } from "@/app/api/v1/admin/admins/route";
import { DELETE as deleteCreatorRoute } from "@/app/api/v1/admin/creators/[id]/route";
import { GET as exportCreatorRoute } from "@/app/api/v1/admin/creators/[id]/export/route";
import { POST as inviteRoute } from "@/app/api/v1/admin/invites/route";
import { PATCH as disableRoute } from "@/app/api/v1/admin/users/[id]/route";
import { POST as forgot } from "@/app/api/v1/auth/password/forgot/route";
import { POST as reset } from "@/app/api/v1/auth/password/reset/route";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { POST as changeEmailRoute } from "@/app/api/v1/me/email/route";
import { GET as exportRoute } from "@/app/api/v1/me/export/route";
import { POST as changePasswordRoute } from "@/app/api/v1/me/password/route";
import { DELETE as deleteMe, GET as me } from "@/app/api/v1/me/route";
import { GET as signInsRoute } from "@/app/api/v1/me/sign-ins/route";
import { acceptInvite, inspectInvite, inviteAdmin, revokeInvite, setAccountDisabled } from "@/lib/admin/team";
import { checkDeletionPassword, deleteAccount, exportAccount, tombstoneId } from "@/lib/auth/account-data";
import { cancelPendingEmailChange, confirmEmailChange, inspectEmailChangeLink, requestEmailChange, undoEmailChange } from "@/lib/auth/email-change";
import { inspectResetLink } from "@/lib/auth/password-reset";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { callRoute, randomIp } from "../../support/http";
import { emailsTo, latestEmailTo } from "../../support/mailbox";
import { createAdmin, createCreator, createCreatorReadyForPayouts, FACTORY_PASSWORD, uniqueEmail } from "../../factories/users";
import { elapsed, median } from "../../support/timing";

// The whole account lifecycle (issue 16), written as the requests of the person, of an
// attacker and of the admins: forgot and reset, change password and email, export and delete,
// invited admins, and the last admin who cannot be removed.

const NEW_PASSWORD = "lantern orchard velvet quarry";

async function tokenFor(email: string, password = FACTORY_PASSWORD) {
  const response = await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password } });
  expect(response.status).toBe(200);
  return response.body.data.access_token as string;
}

function linkToken(html: string, path: string): string {
  const match = html.match(new RegExp(`/${path}\\?token=([\\w-]+)`));
  if (!match) throw new Error(`no ${path} link`);
  return match[1];
}

describe("forgot password", () => {
  it("answers the same for a known and an unknown address, and only the known one gets mail", async () => {
    const creator = await createCreator({ emailVerified: true });
    const unknown = uniqueEmail("nobody");
    const known = await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: creator.email } });
    const stranger = await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: unknown } });
    expect([known.status, stranger.status]).toEqual([202, 202]);
    expect(known.body.data).toEqual(stranger.body.data);
    expect((await latestEmailTo(creator.email)).subject).toBe("Reset your password");
    expect(await emailsTo(unknown)).toEqual([]);
  });

  it("takes the same time for known and unknown addresses (medians of 30, within 10 %)", async () => {
    const accounts = await Promise.all(Array.from({ length: 30 }, async () => (await createCreator({ emailVerified: true })).email));
    const known: number[] = [];
    const unknown: number[] = [];
    for (const email of accounts) {
      known.push(await elapsed(() => callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email } })));
      unknown.push(await elapsed(() => callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: uniqueEmail() } })));
    }
    const [a, b] = [median(known), median(unknown)];
    console.log(`forgot password median: known ${a.toFixed(2)} ms, unknown ${b.toFixed(2)} ms`);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(0.1 * Math.max(a, b), 1));
  });

  it("is limited per address and client: the fourth request in 15 minutes is refused", async () => {
    const creator = await createCreator({ emailVerified: true });
    const ip = randomIp();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: creator.email }, ip })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});

describe("reset password", () => {
  async function resetLink(email: string): Promise<string> {
    await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email } });
    // The newest email with a reset link: one sent with it (say, "your password was changed") may arrive in either order.
    const withLink = (await emailsTo(email)).find((message) => message.html.includes("/reset-password?token="));
    return linkToken(withLink?.html ?? "", "reset-password");
  }

  it("sets the password, ends every earlier session, signs in only the caller and tells the owner", async () => {
    const creator = await createCreator({ emailVerified: true });
    const before = await tokenFor(creator.email);
    const token = await resetLink(creator.email);
    // Opening the link (a GET, or a mail scanner) does not use it.
    expect(await inspectResetLink(token)).toEqual({ status: "valid", email: creator.email });
    expect(await inspectResetLink(token)).toEqual({ status: "valid", email: creator.email });

    const response = await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } });
    expect(response.status).toBe(200);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: before })).status).toBe(401);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: response.body.data.access_token })).status).toBe(200);
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD } })).status).toBe(401);
    await tokenFor(creator.email, NEW_PASSWORD);
    expect((await latestEmailTo(creator.email)).subject).toBe("Your password was changed");
  });

  it("refuses a used link, an expired link, a forged link and a weak password (which leaves the link usable)", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await resetLink(creator.email);
    const weak = await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: "password1" } });
    expect(weak).toMatchObject({ status: 422, body: { error: { code: "password_too_weak" } } });
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } })).status).toBe(200);
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } })).body.error.code).toBe("token_used");
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token: "forged-token-forged-token", password: NEW_PASSWORD } })).body.error.code).toBe("token_invalid");

    const second = await resetLink(creator.email);
    await db.verificationToken.update({ where: { tokenHash: hashToken(second) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token: second, password: NEW_PASSWORD } })).body.error.code).toBe("token_expired");
  });

  it("the reset page tells a used, an expired and an unknown link apart without using it", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await resetLink(creator.email);
    expect(await inspectResetLink(token)).toEqual({ status: "valid", email: creator.email });
    expect(await inspectResetLink(token, new Date(Date.now() + 31 * 60_000))).toEqual({ status: "expired" });
    expect(await inspectResetLink("unknown-token-unknown-token")).toEqual({ status: "invalid" });
    await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } });
    expect(await inspectResetLink(token)).toEqual({ status: "used" });
  });

  it("a disabled account's link stops working, and a disabled account gets no new link", async () => {
    const admin = await createAdmin();
    const creator = await createCreator({ emailVerified: true });
    const token = await resetLink(creator.email);
    await setAccountDisabled(admin, creator.id, true);
    expect(await inspectResetLink(token)).toEqual({ status: "invalid" });
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } })).body.error.code).toBe("account_disabled");
    const before = (await emailsTo(creator.email)).length;
    expect((await callRoute(forgot, "POST", "/api/v1/auth/password/forgot", { body: { email: creator.email }, ip: randomIp() })).status).toBe(202);
    expect(await emailsTo(creator.email)).toHaveLength(before);
  });

  it("two resets racing with one link: exactly one succeeds", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await resetLink(creator.email);
    const results = await Promise.all([
      callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } }),
      callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: "a different passphrase entirely" } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
  });

  it("a reset link also proves the address of an account that never verified it", async () => {
    const creator = await createCreator();
    const token = await resetLink(creator.email);
    expect((await callRoute(reset, "POST", "/api/v1/auth/password/reset", { body: { token, password: NEW_PASSWORD } })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).emailVerified).toBe(true);
  });
});

describe("account settings", () => {
  it("changing the password needs the current one and ends the other sessions", async () => {
    const creator = await createCreator({ emailVerified: true });
    const other = await tokenFor(creator.email);
    const mine = await tokenFor(creator.email);
    const wrong = await callRoute(changePasswordRoute, "POST", "/api/v1/me/password", { bearer: mine, body: { currentPassword: "not my password", newPassword: NEW_PASSWORD } });
    expect(wrong).toMatchObject({ status: 422, body: { error: { code: "invalid_credentials", fields: { currentPassword: expect.any(String) } } } });
    const changed = await callRoute(changePasswordRoute, "POST", "/api/v1/me/password", { bearer: mine, body: { currentPassword: FACTORY_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(changed.status).toBe(200);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: other })).status).toBe(401);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: changed.body.data.access_token })).status).toBe(200);
  });

  it("changes the email only once the new address confirms; the old one is told and can undo", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await tokenFor(creator.email);
    const next = uniqueEmail("moved");
    expect((await callRoute(changeEmailRoute, "POST", "/api/v1/me/email", { bearer: token, body: { newEmail: next, password: "wrong password here" } })).status).toBe(422);
    expect((await callRoute(changeEmailRoute, "POST", "/api/v1/me/email", { bearer: token, body: { newEmail: next, password: FACTORY_PASSWORD } })).status).toBe(202);
    expect(await db.user.findUniqueOrThrow({ where: { id: creator.id } })).toMatchObject({ email: creator.email, pendingEmail: next });

    const notice = await latestEmailTo(creator.email);
    expect(notice.subject).toBe("Your account's email address is changing");
    const confirm = linkToken((await latestEmailTo(next)).html, "confirm-email-change");
    expect(await inspectEmailChangeLink(confirm, "email_change")).toMatchObject({ status: "valid", oldEmail: creator.email, newEmail: next });
    await confirmEmailChange(confirm);
    expect(await db.user.findUniqueOrThrow({ where: { id: creator.id } })).toMatchObject({ email: next, pendingEmail: null });
    await expect(confirmEmailChange(confirm)).rejects.toMatchObject({ code: "token_used" });

    // "It wasn't me": the old address takes the account back, and every session ends.
    const undo = linkToken(notice.html, "undo-email-change");
    expect(await undoEmailChange(undo)).toEqual({ undone: true, email: creator.email });
    expect(await db.user.findUniqueOrThrow({ where: { id: creator.id } })).toMatchObject({ email: creator.email });
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: token })).status).toBe(401);
  });

  it("change links that no longer work: replaced by a newer request, cancelled, expired, of the wrong kind, or never issued", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await tokenFor(creator.email);
    const change = (newEmail: string) => callRoute(changeEmailRoute, "POST", "/api/v1/me/email", { bearer: token, body: { newEmail, password: FACTORY_PASSWORD } });
    expect((await change(creator.email)).body.error.code).toBe("email_unchanged");

    const first = uniqueEmail("first-choice");
    await change(first);
    const firstLink = linkToken((await latestEmailTo(first)).html, "confirm-email-change");
    const undoLink = linkToken((await latestEmailTo(creator.email)).html, "undo-email-change");
    const second = uniqueEmail("second-choice");
    await change(second);
    expect(await inspectEmailChangeLink(firstLink, "email_change")).toEqual({ status: "expired" });
    await expect(confirmEmailChange(firstLink)).rejects.toMatchObject({ code: "token_expired", status: 410 });
    expect(await inspectEmailChangeLink(firstLink, "email_change_undo")).toEqual({ status: "invalid" });
    await expect(undoEmailChange(firstLink)).rejects.toMatchObject({ code: "token_invalid" });
    expect(await inspectEmailChangeLink("never-issued", "email_change")).toEqual({ status: "invalid" });

    const secondLink = linkToken((await latestEmailTo(second)).html, "confirm-email-change");
    const later = new Date(Date.now() + 2 * 24 * 3600_000);
    expect(await inspectEmailChangeLink(secondLink, "email_change", later)).toEqual({ status: "expired" });
    await cancelPendingEmailChange(creator.id);
    expect(await inspectEmailChangeLink(secondLink, "email_change")).toEqual({ status: "expired" });

    // "Not me" on a change that was never confirmed only cancels it; the account keeps its address and sessions.
    expect(await undoEmailChange(undoLink)).toEqual({ undone: false, email: creator.email });
    expect(await inspectEmailChangeLink(undoLink, "email_change_undo")).toEqual({ status: "used" });
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: token })).status).toBe(200);
  });

  it("an account that never verified its address cannot move it (it may not be its owner's)", async () => {
    const creator = await createCreator({ emailVerified: false });
    const next = uniqueEmail("elsewhere");
    const response = await callRoute(changeEmailRoute, "POST", "/api/v1/me/email", { bearer: await tokenFor(creator.email), body: { newEmail: next, password: FACTORY_PASSWORD } });
    expect(response).toMatchObject({ status: 403, body: { error: { code: "email_not_verified" } } });
    expect(await db.user.findUniqueOrThrow({ where: { id: creator.id } })).toMatchObject({ email: creator.email, pendingEmail: null });
    expect(await emailsTo(next)).toEqual([]);
  });

  it("a change to an address another account took meanwhile is refused at confirmation", async () => {
    const creator = await createCreator({ emailVerified: true });
    const next = uniqueEmail("contested");
    await callRoute(changeEmailRoute, "POST", "/api/v1/me/email", { bearer: await tokenFor(creator.email), body: { newEmail: next, password: FACTORY_PASSWORD } });
    const confirm = linkToken((await latestEmailTo(next)).html, "confirm-email-change");
    await createCreator({ email: next });
    await expect(confirmEmailChange(confirm)).rejects.toMatchObject({ code: "email_taken" });
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).email).toBe(creator.email);
  });

  it("records each sign-in with its address and client, append-only", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await tokenFor(creator.email);
    const list = await callRoute(signInsRoute, "GET", "/api/v1/me/sign-ins", { bearer: token });
    expect(list.body.data).toEqual([expect.objectContaining({ method: "api_token", ip: expect.any(String) })]);
    await expect(db.$executeRaw`UPDATE sign_ins SET ip = 'forged' WHERE user_id = ${creator.id}`).rejects.toThrow(/append-only/);
  });
});

describe("export and deletion", () => {
  it("exports everything stored about the person as a JSON file, without secrets", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = await tokenFor(creator.email);
    const response = await callRoute(exportRoute, "GET", "/api/v1/me/export", { bearer: token });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ofm-onboarding-account-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.body).toMatchObject({ format: "ofm-onboarding/account-export@1", account: { email: creator.email }, profile: { country: "FR" }, onboardingSession: { profileCompletedAt: expect.any(String) }, signIns: [expect.objectContaining({ method: "api_token" })] });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2id");
  });

  it("deletes the account with its password: data gone, sessions gone, audit kept under a tombstone, address free again", async () => {
    const admin = await createAdmin();
    const creator = await createCreatorReadyForPayouts();
    await db.auditLog.create({ data: { actorId: admin.id, action: "send_stripe_link", targetType: "user", targetId: creator.id, outcome: "success", details: { code: "stripe_link_sent", values: { email: creator.email }, message: `sent to ${creator.email}` } } });
    const token = await tokenFor(creator.email);
    expect((await callRoute(deleteMe, "DELETE", "/api/v1/me", { bearer: token, body: { password: "not the password" } })).status).toBe(422);
    expect((await callRoute(deleteMe, "DELETE", "/api/v1/me", { bearer: token, body: { password: FACTORY_PASSWORD } })).status).toBe(200);

    expect(await db.user.findUnique({ where: { id: creator.id } })).toBeNull();
    expect(await db.creatorProfile.findUnique({ where: { userId: creator.id } })).toBeNull();
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: token })).status).toBe(401);
    const audit = await db.auditLog.findMany({ where: { targetId: tombstoneId(creator.id) }, orderBy: { at: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["send_stripe_link", "account_deleted"]);
    expect(JSON.stringify(audit)).not.toContain(creator.email);
    expect(await db.auditLog.count({ where: { targetId: creator.id } })).toBe(0);

    const again = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: creator.email, password: "violet tram orbit canvas" } });
    expect(again.status).toBe(201);
    expect(await db.user.count({ where: { email: creator.email } })).toBe(1);
  });

  it("Settings checks the password before asking 'delete for good?', and the check deletes nothing", async () => {
    const creator = await createCreator({ emailVerified: true });
    await expect(checkDeletionPassword(creator.id, "not the password")).rejects.toMatchObject({ code: "invalid_credentials", status: 422, fields: { password: "wrong_password" } });
    await expect(checkDeletionPassword(creator.id, FACTORY_PASSWORD)).resolves.toBeUndefined();
    expect(await db.user.count({ where: { id: creator.id } })).toBe(1);
    await expect(checkDeletionPassword("no-such-user", FACTORY_PASSWORD)).rejects.toMatchObject({ code: "not_found", status: 404 });
  });

  it("deleting erases what the email providers told us about the person: delivery events and the suppressions of both addresses", async () => {
    const creator = await createCreator({ emailVerified: true });
    const pending = uniqueEmail("pending-erasure");
    await requestEmailChange(creator.id, { newEmail: pending, password: FACTORY_PASSWORD });
    await latestEmailTo(pending);
    const log = await db.emailLog.findFirstOrThrow({ where: { userId: creator.id, providerMessageId: { not: null } } });
    await db.emailEvent.create({ data: { id: `resend:erasure-${creator.id}`, type: "email.bounced", providerMessageId: log.providerMessageId, occurredAt: new Date(), payload: { to: [creator.email] } } });
    await db.emailSuppression.createMany({ data: [{ address: creator.email, reason: "bounced: test" }, { address: pending, reason: "complained: test" }] });
    await deleteAccount(creator.id, { actorId: creator.id, password: FACTORY_PASSWORD });
    expect(await db.emailEvent.count({ where: { providerMessageId: log.providerMessageId } })).toBe(0);
    expect(await db.emailSuppression.count({ where: { address: { in: [creator.email, pending] } } })).toBe(0);
    await expect(deleteAccount(creator.id, { actorId: creator.id })).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(exportAccount("no-such-user")).rejects.toMatchObject({ code: "not_found", status: 404 });
  });

  it("an admin exports and deletes for a creator, each audited; a creator cannot", async () => {
    const admin = await createAdmin();
    const creator = await createCreator({ emailVerified: true });
    const adminToken = await tokenFor(admin.email);
    const creatorToken = await tokenFor(creator.email);
    expect((await callRoute(exportCreatorRoute, "GET", `/api/v1/admin/creators/${creator.id}/export`, { bearer: creatorToken, params: { id: creator.id } })).status).toBe(403);
    const exported = await callRoute(exportCreatorRoute, "GET", `/api/v1/admin/creators/${creator.id}/export`, { bearer: adminToken, params: { id: creator.id } });
    expect(exported.body.account.email).toBe(creator.email);
    expect(await db.auditLog.count({ where: { targetId: creator.id, action: "data_exported", actorId: admin.id } })).toBe(1);
    expect((await callRoute(deleteCreatorRoute, "DELETE", `/api/v1/admin/creators/${creator.id}`, { bearer: adminToken, params: { id: creator.id } })).status).toBe(200);
    expect(await db.auditLog.findFirst({ where: { targetId: tombstoneId(creator.id), action: "account_deleted" } })).toMatchObject({ actorId: admin.id, details: { by: "admin" } });
  });
});

describe("admins who manage admins", () => {
  it("an invitation is accepted once, with a password, and the new admin can work", async () => {
    const inviter = await createAdmin();
    const email = uniqueEmail("new-admin");
    const token = await tokenFor(inviter.email);
    expect((await callRoute(inviteRoute, "POST", "/api/v1/admin/invites", { bearer: token, body: { email, language: "fr" } })).status).toBe(201);
    const invitation = await latestEmailTo(email);
    expect(invitation.subject).toBe("Vous êtes invité à administrer OFM Onboarding");
    const link = linkToken(invitation.html, "accept-invite");
    expect(await inspectInvite(link)).toEqual({ status: "valid", email });
    await expect(acceptInvite({ token: link, password: "weakpass1" }, { ip: "203.0.113.9" })).rejects.toMatchObject({ code: "password_too_weak" });
    const admin = await acceptInvite({ token: link, password: NEW_PASSWORD }, { ip: "203.0.113.9" });
    expect(admin).toMatchObject({ email, role: "admin" });
    await expect(acceptInvite({ token: link, password: NEW_PASSWORD }, { ip: "203.0.113.9" })).rejects.toMatchObject({ code: "token_used" });
    const team = await callRoute(listAdminsRoute, "GET", "/api/v1/admin/admins", { bearer: await tokenFor(email, NEW_PASSWORD) });
    expect(team.body.data.admins.map((entry: { email: string }) => entry.email)).toContain(email);
  });

  it("an invitation link stops working once revoked, once expired, or once its address has an account", async () => {
    const inviter = await createAdmin();
    const invite = async (email: string) => {
      await inviteAdmin(inviter, { email, language: "en" });
      return linkToken((await latestEmailTo(email)).html, "accept-invite");
    };
    const accept = (token: string, now?: Date) => acceptInvite({ token, password: NEW_PASSWORD }, { ip: "203.0.113.9" }, now);

    const revokedEmail = uniqueEmail("revoked-invite");
    const revoked = await invite(revokedEmail);
    const { id: revokedId } = await db.adminInvite.findFirstOrThrow({ where: { email: revokedEmail, revokedAt: null } });
    await revokeInvite(inviter, revokedId);
    expect(await inspectInvite(revoked)).toEqual({ status: "invalid" });
    await expect(accept(revoked)).rejects.toMatchObject({ code: "token_invalid", status: 400 });
    expect(await inspectInvite("not-a-token")).toEqual({ status: "invalid" });

    const late = await invite(uniqueEmail("late-invite"));
    const afterExpiry = new Date(Date.now() + 8 * 24 * 3600_000);
    expect(await inspectInvite(late, afterExpiry)).toEqual({ status: "expired" });
    await expect(accept(late, afterExpiry)).rejects.toMatchObject({ code: "token_expired", status: 410 });

    const takenEmail = uniqueEmail("taken-invite");
    const taken = await invite(takenEmail);
    await createCreator({ email: takenEmail });
    await expect(accept(taken)).rejects.toMatchObject({ code: "invite_account_exists", status: 409 });
    expect(await db.user.findUniqueOrThrow({ where: { email: takenEmail } })).toMatchObject({ role: "creator" });
  });

  it("a revoked invitation still waiting in the outbox is never sent", async () => {
    const inviter = await createAdmin();
    const email = uniqueEmail("never-sent");
    await inviteAdmin(inviter, { email, language: "en" });
    const { id } = await db.adminInvite.findFirstOrThrow({ where: { email } });
    await revokeInvite(inviter, id);
    expect(await emailsTo(email)).toEqual([]);
  });

  it("re-enabling a disabled account lets it sign in again, audited; an unknown account is 404", async () => {
    const admin = await createAdmin();
    const creator = await createCreator({ emailVerified: true });
    await setAccountDisabled(admin, creator.id, true);
    await setAccountDisabled(admin, creator.id, false);
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD } })).status).toBe(200);
    expect(await db.auditLog.findMany({ where: { targetId: creator.id, action: { in: ["disable_account", "enable_account"] } }, orderBy: { at: "asc" }, select: { action: true } })).toEqual([{ action: "disable_account" }, { action: "enable_account" }]);
    await expect(setAccountDisabled(admin, "no-such-user", true)).rejects.toMatchObject({ code: "not_found", status: 404 });
  });

  it("refuses an invitation to an address that has an account, and to non-admins", async () => {
    const admin = await createAdmin();
    const creator = await createCreator();
    expect((await callRoute(inviteRoute, "POST", "/api/v1/admin/invites", { bearer: await tokenFor(admin.email), body: { email: creator.email } })).body.error.code).toBe("invite_account_exists");
    expect((await callRoute(inviteRoute, "POST", "/api/v1/admin/invites", { bearer: await tokenFor(creator.email), body: { email: uniqueEmail() } })).status).toBe(403);
  });

  it("a disabled account cannot sign in and its sessions end; the last active admin stays", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: new Date() } });
    const [first, second] = [await createAdmin(), await createAdmin()];
    const creator = await createCreator({ emailVerified: true });
    const firstToken = await tokenFor(first.email);
    const creatorToken = await tokenFor(creator.email);
    expect((await callRoute(disableRoute, "PATCH", `/api/v1/admin/users/${creator.id}`, { bearer: firstToken, params: { id: creator.id }, body: { disabled: true } })).status).toBe(200);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: creatorToken })).status).toBe(401);
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD } })).body.error.code).toBe("account_disabled");

    expect((await callRoute(disableRoute, "PATCH", `/api/v1/admin/users/${second.id}`, { bearer: firstToken, params: { id: second.id }, body: { disabled: true } })).status).toBe(200);
    expect((await callRoute(disableRoute, "PATCH", `/api/v1/admin/users/${first.id}`, { bearer: firstToken, params: { id: first.id }, body: { disabled: true } })).body.error.code).toBe("last_admin");
    expect((await callRoute(removeAdminRoute, "DELETE", `/api/v1/admin/admins/${first.id}`, { bearer: firstToken, params: { id: first.id } })).body.error.code).toBe("last_admin");
    await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: null } });
  });

  it("two admins removing each other at once: one stays", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: new Date() } });
    const [left, right] = [await createAdmin(), await createAdmin()];
    const [leftToken, rightToken] = [await tokenFor(left.email), await tokenFor(right.email)];
    const results = await Promise.all([
      callRoute(removeAdminRoute, "DELETE", `/api/v1/admin/admins/${right.id}`, { bearer: leftToken, params: { id: right.id } }),
      callRoute(removeAdminRoute, "DELETE", `/api/v1/admin/admins/${left.id}`, { bearer: rightToken, params: { id: left.id } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(await db.user.count({ where: { id: { in: [left.id, right.id] } } })).toBe(1);
    await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: null } });
  });
});
