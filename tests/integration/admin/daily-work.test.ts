import { beforeAll, describe, expect, it } from "vitest";
import { bulkCreatorsAction } from "@/app/admin/actions";
import { addNote, addTag, removeTag } from "@/lib/admin/notes";
import { applicableActions, performBulkAction } from "@/lib/admin/actions";
import { CreatorFilters, creatorsQueries, listCreators } from "@/lib/admin/creators";
import { creatorDetail } from "@/lib/admin/creator-detail";
import { insertDemoCreators } from "@/lib/admin/demo-creators";
import { FunnelQuery, funnelRange, loadFunnel } from "@/lib/admin/funnel";
import { deleteView, listViews, saveView, viewQuery } from "@/lib/admin/saved-views";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createAdmin, createCreator, createCreatorReadyForPayouts, uniqueEmail } from "../../factories/users";

// The admin's daily work (issue 20): substring search on an index, notes and tags with their
// audit rows, saved views that belong to one admin, bulk actions audited one by one, pages
// that clamp, one period for the whole funnel.

let admin: { id: string; email: string; role: "admin" | "creator" };
let otherAdmin: { id: string; email: string; role: "admin" | "creator" };

beforeAll(async () => {
  await insertDemoCreators(300, await hashPassword("not used"), 0.2);
  admin = await createAdmin();
  otherAdmin = await createAdmin();
});

describe("search", () => {
  it("searches one column that a trigram index can serve, not a scan", async () => {
    const { page, count } = creatorsQueries(CreatorFilters.parse({ q: "lea" }));
    for (const sql of [page, count]) expect(sql.sql).toContain("u.search_text LIKE");
    const plan = await db.$transaction(async (tx) => {
      // The planner prefers a scan on a few hundred rows; what matters is that the index can serve it.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
      return tx.$queryRaw<Array<{ "QUERY PLAN": string }>>`EXPLAIN SELECT id FROM users u WHERE u.search_text LIKE '%lea%'`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("users_search_text_trgm_idx");
  });

  it("keeps the searchable text in step with the email and the handle, whoever writes them", async () => {
    const demo = await db.creatorProfile.findFirstOrThrow({ where: { onlyfansHandle: { not: null } }, select: { userId: true, onlyfansHandle: true, user: { select: { email: true } } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.userId } })).searchText).toBe(`${demo.user.email}\n${demo.onlyfansHandle}`);
    const creator = await createCreator();
    const handle = `handle${Date.now()}`;
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { onlyfansHandle: handle } });
    expect((await listCreators(admin, CreatorFilters.parse({ q: handle.slice(3) }))).rows.map((row) => row.id)).toEqual([creator.id]);
    const renamed = uniqueEmail("renamed-search");
    await db.user.update({ where: { id: creator.id }, data: { email: renamed } });
    expect((await listCreators(admin, CreatorFilters.parse({ q: renamed.split("@")[0] }))).rows.map((row) => row.id)).toEqual([creator.id]);
    expect((await listCreators(admin, CreatorFilters.parse({ q: creator.email.split("@")[0] }))).total).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).searchText).toBe(`${renamed}\n${handle}`);
  });

  it("escapes LIKE wildcards typed by the admin", async () => {
    expect((await listCreators(admin, CreatorFilters.parse({ q: "e%a" }))).total).toBe(0);
    expect((await listCreators(admin, CreatorFilters.parse({ q: "e_a" }))).total).toBe(0);
  });

  it("clamps a page past the end to the last page", async () => {
    const { pageCount } = await listCreators(admin, CreatorFilters.parse({}));
    const beyond = await listCreators(admin, CreatorFilters.parse({ page: String(pageCount + 50) }));
    expect(beyond.page).toBe(pageCount);
    expect(beyond.rows.length).toBeGreaterThan(0);
  });

  it("sorts by every column it offers", async () => {
    for (const sort of ["email", "step", "payouts", "language", "signed_up", "last_activity"]) {
      const { rows } = await listCreators(admin, CreatorFilters.parse({ sort, order: "asc" }));
      expect(rows.length).toBe(25);
    }
    const { rows } = await listCreators(admin, CreatorFilters.parse({ sort: "email", order: "asc" }));
    expect(rows.map((row) => row.email)).toEqual([...rows.map((row) => row.email)].sort());
  });

  it("flags a handle shared by several creators, in the list and on the page", async () => {
    const first = await createCreatorReadyForPayouts();
    const second = await createCreatorReadyForPayouts();
    await db.creatorProfile.update({ where: { userId: second.id }, data: { onlyfansHandle: (await db.creatorProfile.findUniqueOrThrow({ where: { userId: first.id } })).onlyfansHandle } });
    const { rows } = await listCreators(admin, CreatorFilters.parse({ ids: `${first.id},${second.id}` }));
    expect(rows.map((row) => row.duplicateHandle)).toEqual([true, true]);
    expect((await creatorDetail(admin, first.id)).sameHandle).toEqual([{ id: second.id, email: second.email }]);
  });
});

describe("notes and tags", () => {
  it("writes each note and tag change with its audit row, and filters by tag", async () => {
    const creator = await createCreator();
    await addNote(admin, creator.id, { body: "Called on Monday, prefers email." });
    expect(await addTag(admin, creator.id, { tag: "vip" })).toBe(true);
    expect(await addTag(admin, creator.id, { tag: "vip" })).toBe(false);
    const detail = await creatorDetail(admin, creator.id);
    expect(detail.notes.map((note) => [note.body, note.author?.email])).toEqual([["Called on Monday, prefers email.", admin.email]]);
    expect(detail.tags).toEqual(["vip"]);
    expect((await listCreators(admin, CreatorFilters.parse({ tag: "vip" }))).rows.map((row) => row.id)).toEqual([creator.id]);
    expect(await removeTag(admin, creator.id, { tag: "vip" })).toBe(true);
    const audit = await db.auditLog.findMany({ where: { targetId: creator.id }, orderBy: { at: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "note_added", actorId: admin.id },
      { action: "tag_added", actorId: admin.id },
      { action: "tag_removed", actorId: admin.id },
    ]);
  });

  it("refuses tags outside the pattern and notes about admins", async () => {
    expect(CreatorFilters.safeParse({ tag: "DROP TABLE" }).success).toBe(false);
    await expect(addNote(admin, otherAdmin.id, { body: "x" })).rejects.toMatchObject({ status: 404 });
    await expect(addNote({ id: "x", role: "creator" }, otherAdmin.id, { body: "x" })).rejects.toMatchObject({ status: 403 });
  });
});

describe("saved views", () => {
  it("keeps only the filters (no page, no selection) and belongs to one admin", async () => {
    expect(viewQuery("?q=lea&payout=active&page=4&ids=abcdefghijk")).toBe("q=lea&payout=active");
    expect(viewQuery("?payout=not-a-state")).toBe("");
    await saveView(admin, { name: "Stuck at payouts", query: "?step=payouts&stuckDays=7" });
    await saveView(admin, { name: "Stuck at payouts", query: "?step=payouts&stuckDays=14" });
    const [view] = await listViews(admin);
    expect(view).toMatchObject({ name: "Stuck at payouts", query: "step=payouts&stuckDays=14" });
    expect(await listViews(otherAdmin)).toEqual([]);
    await deleteView(otherAdmin, view.id);
    expect(await listViews(admin)).toHaveLength(1);
    await deleteView(admin, view.id);
    expect(await listViews(admin)).toEqual([]);
  });
});

describe("bulk actions", () => {
  it("sends to the creators it applies to, skips the others, and audits each", async () => {
    const ready = [await createCreatorReadyForPayouts(), await createCreatorReadyForPayouts()];
    const notYet = await createCreator({ emailVerified: true });
    const result = await performBulkAction(admin, { action: "send_stripe_link", userIds: [...ready.map((creator) => creator.id), notYet.id] });
    expect(result).toEqual({ succeeded: 2, skipped: 1 });
    const audit = await db.auditLog.findMany({ where: { targetId: { in: [...ready.map((creator) => creator.id), notYet.id] }, action: "send_stripe_link" } });
    expect(audit.map((row) => row.outcome).sort()).toEqual(["failure", "success", "success"]);
  });

  it("is refused to a signed-out caller before anything is sent", async () => {
    const form = new FormData();
    form.set("action", "send_stripe_link");
    form.append("userIds", "whoever");
    await expect(bulkCreatorsAction(form)).rejects.toThrow();
    expect(await db.auditLog.count({ where: { targetId: "whoever" } })).toBe(0);
  });

  it("offers only the actions that apply", async () => {
    const base = { emailVerified: true, disabledAt: null, profileCompleted: true, payoutState: "active", activatedAt: new Date() };
    expect(applicableActions(base)).toMatchObject({ resend_verification: false, send_stripe_link: false, rerun_automation: true, disable_account: true, enable_account: false });
    expect(applicableActions({ ...base, emailVerified: false, profileCompleted: false, payoutState: "not_started", activatedAt: null })).toMatchObject({ resend_verification: true, send_stripe_link: false, rerun_automation: false });
  });
});

describe("funnel period", () => {
  it("one period drives the steps and the daily series", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const week = await loadFunnel(admin, funnelRange(FunnelQuery.parse({ days: "7" })));
    expect(week.daily).toHaveLength(7);
    expect(week.steps[0].reached).toBe(week.daily.reduce((sum, day) => sum + day.signups, 0));
    const custom = funnelRange(FunnelQuery.parse({ from: "2026-01-01", to: today }));
    expect((await loadFunnel(admin, custom)).range).toEqual({ from: "2026-01-01", to: today });
    expect(FunnelQuery.safeParse({ from: "2026-02-01", to: "2026-01-01" }).success).toBe(false);
    expect(FunnelQuery.safeParse({ from: "2020-01-01", to: "2026-01-01" }).success).toBe(false);
    expect(FunnelQuery.safeParse({ days: "365" }).success).toBe(false);
  });
});
