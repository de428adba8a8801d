import { describe, expect, it } from "vitest";
import { inviteAdmin, listTeam, revokeInvite } from "@/lib/admin/team";
import { db } from "@/lib/db";
import { createAdmin, createCreator, uniqueEmail } from "../../factories/users";

// Invitations to the admin team: one live invitation per address, revocable, audited.

describe("admin invitations", () => {
  it("a new invitation to the same address replaces the old one, and a revoked one leaves the team list", async () => {
    const admin = await createAdmin();
    const email = uniqueEmail("invitee");
    await inviteAdmin(admin, { email, language: "fr" });
    await inviteAdmin(admin, { email, language: "en" });
    const invites = await db.adminInvite.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    expect(invites.map((invite) => invite.revokedAt !== null)).toEqual([true, false]);
    expect((await listTeam(admin)).invites.filter((invite) => invite.email === email)).toEqual([expect.objectContaining({ id: invites[1].id, invitedBy: admin.email })]);

    await revokeInvite(admin, invites[1].id);
    await revokeInvite(admin, invites[1].id);
    expect((await listTeam(admin)).invites.some((invite) => invite.email === email)).toBe(false);
    expect(await db.auditLog.count({ where: { action: "admin_invite_revoked", targetId: invites[1].id } })).toBe(1);
  });

  it("refuses an address that already has an account, and a creator who tries", async () => {
    const admin = await createAdmin();
    const creator = await createCreator();
    await expect(inviteAdmin(admin, { email: creator.email, language: "en" })).rejects.toMatchObject({ code: "invite_account_exists", status: 409 });
    await expect(inviteAdmin(creator, { email: uniqueEmail("x"), language: "en" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeInvite(creator, "any")).rejects.toMatchObject({ code: "forbidden" });
  });
});
