import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OnboardingStep } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { LANGUAGES, type Language } from "@/lib/i18n";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { STEP_ORDER, stepsOnPage, WIZARD_PAGES, type WizardPage } from "@/lib/onboarding/machine";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { PAYOUT_STATES, type PayoutState } from "@/lib/stripe/payout-state";

// The admin's creators table: filters, sorting and pagination all done by PostgreSQL, with
// the indexes of the schema (users.created_at, onboarding_sessions(current_step, updated_at)).

export const SORTS = ["signed_up", "last_activity", "email", "step", "payouts", "language"] as const;
const PAGE_SIZE = 25;
/** Counting stops here ("10,000+"): an exact count of a large match costs more than the page. */
const COUNT_CAP = 10_000;

const optionalText = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(200).optional());

const TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const TagSchema = z.string().trim().toLowerCase().regex(TAG_PATTERN, { error: "tag_invalid" });

export const CreatorFilters = z.object({
  q: optionalText,
  tag: z.preprocess((value) => (value === "" ? undefined : value), TagSchema.optional()),
  /** An explicit selection (the export of selected rows): comma-separated ids. */
  ids: z.preprocess(
    (value) => (typeof value === "string" && value !== "" ? value.split(",") : undefined),
    z.array(z.string().regex(/^[a-z0-9]{10,40}$/)).max(500).optional(),
  ).meta({ description: "Comma-separated creator ids (at most 500).", param: { style: "form", explode: false } }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  step: z.preprocess((value) => (value === "" ? undefined : value), z.enum(WIZARD_PAGES).optional()),
  payout: z.preprocess((value) => (value === "" ? undefined : value), z.enum(PAYOUT_STATES as [PayoutState, ...PayoutState[]]).optional()),
  language: z.preprocess((value) => (value === "" ? undefined : value), z.enum(LANGUAGES).optional()),
  stuckDays: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).max(365).optional()),
  // The funnel's figures open the list of the creators they count: those whose furthest step is
  // this one (reached it, not the next), signed up in the funnel's period (UTC days, inclusive).
  lastStep: z.preprocess((value) => (value === "" ? undefined : value), z.enum(STEP_ORDER as [OnboardingStep, ...OnboardingStep[]]).optional()),
  signedUpFrom: z.preprocess((value) => (value === "" ? undefined : value), z.iso.date().optional()),
  signedUpTo: z.preprocess((value) => (value === "" ? undefined : value), z.iso.date().optional()),
  sort: z.enum(SORTS).default("signed_up"),
  order: z.enum(["asc", "desc"]).default("desc"),
});
export type CreatorFilters = z.infer<typeof CreatorFilters>;

function pageOfStepSql(): Prisma.Sql {
  const flags = onboardingFlags();
  const branches = (["verify-email", "terms", "profile", "payouts", "done"] as WizardPage[])
    .map((page) => ({ page, steps: stepsOnPage(page, flags) }))
    .filter((branch) => branch.steps.length > 0)
    .map((branch) => Prisma.sql`WHEN s.current_step::text IN (${Prisma.join(branch.steps)}) THEN ${branch.page}`);
  return Prisma.sql`(CASE ${Prisma.join(branches, " ")} END)`;
}

function whereClause(filters: CreatorFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`u.role = 'creator'`];
  if (filters.q) {
    // Anywhere in the email or handle (both stored lower-case), in the one column the database
    // keeps for it (users.search_text): a rare term is answered by its trigram index, a common
    // one by walking the page's order with a filter, whichever the planner finds cheaper.
    const pattern = `%${filters.q.toLowerCase().replace(/^@/, "").replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(Prisma.sql`u.search_text LIKE ${pattern}`);
  }
  if (filters.tag) conditions.push(Prisma.sql`u.id IN (SELECT user_id FROM creator_tags WHERE tag = ${filters.tag})`);
  if (filters.ids) conditions.push(Prisma.sql`u.id = ANY(${filters.ids})`);
  if (filters.step) {
    const steps = stepsOnPage(filters.step, onboardingFlags());
    // Compared as the enum (not as text) so the (current_step, updated_at) index applies.
    conditions.push(Prisma.sql`s.current_step = ANY(${steps}::"OnboardingStep"[])`);
  }
  if (filters.lastStep) conditions.push(Prisma.sql`s.current_step = ${filters.lastStep}::"OnboardingStep"`);
  // The funnel's cohorts are the sessions' start days (UTC), as here.
  if (filters.signedUpFrom) conditions.push(Prisma.sql`s.started_at >= ${filters.signedUpFrom}::date`);
  if (filters.signedUpTo) conditions.push(Prisma.sql`s.started_at < ${filters.signedUpTo}::date + 1`);
  // Stored by the one function that writes the Stripe facts (lib/onboarding/payouts.ts), indexed.
  if (filters.payout) conditions.push(Prisma.sql`p.payout_state = ${filters.payout}::"PayoutState"`);
  if (filters.language) conditions.push(Prisma.sql`p.language = ${filters.language}`);
  if (filters.stuckDays) {
    conditions.push(Prisma.sql`s.completed = false AND s.updated_at < now() - make_interval(days => ${filters.stuckDays}::int)`);
    // Implied (a session's last activity is never before its sign-up), and it lets the newest-
    // first page skip the recent sign-ups, none of which can be stuck: at a million creators
    // the page went from 1.3 s (walking 80 000 recent users) to tens of ms.
    conditions.push(Prisma.sql`u.created_at < now() - make_interval(days => ${filters.stuckDays}::int) + interval '1 minute'`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

// Each sort key is tie-broken by the user id *of the same table* (equal to u.id through the
// joins), so one (key, user_id) index answers the order and the first page is read from it,
// not sorted out of a million rows.
function orderClause(filters: CreatorFilters): Prisma.Sql {
  const direction = filters.order === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const columns: Record<CreatorFilters["sort"], [Prisma.Sql, Prisma.Sql]> = {
    signed_up: [Prisma.sql`u.created_at`, Prisma.sql`u.id`],
    last_activity: [Prisma.sql`s.updated_at`, Prisma.sql`s.user_id`],
    email: [Prisma.sql`u.email`, Prisma.sql`u.id`],
    step: [Prisma.sql`s.current_step`, Prisma.sql`s.user_id`],
    payouts: [Prisma.sql`p.payout_state`, Prisma.sql`p.user_id`],
    language: [Prisma.sql`p.language`, Prisma.sql`p.user_id`],
  };
  const [column, tieBreak] = columns[filters.sort];
  return Prisma.sql`ORDER BY ${column} ${direction}, ${tieBreak} ${direction}`;
}

export interface CreatorRow {
  id: string;
  email: string;
  handle: string | null;
  language: Language;
  country: string | null;
  page: WizardPage;
  currentStep: OnboardingStep;
  payout: PayoutState;
  signedUpAt: Date;
  lastActivityAt: Date;
  activatedAt: Date | null;
  disabled: boolean;
  /** For the bulk actions, which apply to some creators only (`applicableActions`). */
  emailVerified: boolean;
  profileCompleted: boolean;
  /** Another creator has the same OnlyFans handle. */
  duplicateHandle: boolean;
  tags: string[];
}

const SELECT = (pageSql: Prisma.Sql) => Prisma.sql`
  SELECT u.id, u.email, p.onlyfans_handle AS handle, p.language, p.country, ${pageSql} AS page, s.current_step::text AS "currentStep",
         p.payout_state::text AS payout, u.created_at AS "signedUpAt", s.updated_at AS "lastActivityAt", p.activated_at AS "activatedAt",
         (u.disabled_at IS NOT NULL) AS disabled, u.email_verified AS "emailVerified", (s.profile_completed_at IS NOT NULL) AS "profileCompleted",
         EXISTS (SELECT 1 FROM creator_profiles other WHERE other.onlyfans_handle = p.onlyfans_handle AND other.user_id <> u.id) AS "duplicateHandle",
         ARRAY(SELECT tag FROM creator_tags t WHERE t.user_id = u.id ORDER BY tag) AS tags
  FROM users u
  JOIN creator_profiles p ON p.user_id = u.id
  JOIN onboarding_sessions s ON s.user_id = u.id`;

/** Only the tables the filters (and, for the page, the sort) read: every creator has both rows. */
function joinsFor(filters: CreatorFilters, sorting: boolean): Prisma.Sql {
  const sortsBy = (keys: Array<CreatorFilters["sort"]>) => sorting && keys.includes(filters.sort);
  const profile = filters.payout || filters.language || sortsBy(["payouts", "language"]) ? Prisma.sql`JOIN creator_profiles p ON p.user_id = u.id` : Prisma.empty;
  const session = filters.step || filters.stuckDays || filters.lastStep || filters.signedUpFrom || filters.signedUpTo || sortsBy(["last_activity", "step"]) ? Prisma.sql`JOIN onboarding_sessions s ON s.user_id = u.id` : Prisma.empty;
  return Prisma.sql`${profile} ${session}`;
}

/**
 * The page query and the count query (exported for the benchmark's EXPLAIN ANALYZE). The page
 * finds its 25 ids first, through only the tables the filters and the sort need (index-only
 * where it can: page 200 skips 4,975 index entries, not 4,975 joined rows), then reads those 25.
 */
export function creatorsQueries(filters: CreatorFilters): { page: Prisma.Sql; count: Prisma.Sql } {
  const where = whereClause(filters);
  const order = orderClause(filters);
  const ids = Prisma.sql`SELECT u.id FROM users u ${joinsFor(filters, true)} ${where} ${order} LIMIT ${PAGE_SIZE} OFFSET ${(filters.page - 1) * PAGE_SIZE}`;
  return {
    page: Prisma.sql`${SELECT(pageOfStepSql())} JOIN (${ids}) AS page_ids ON page_ids.id = u.id ${order}`,
    count: Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM users u ${joinsFor(filters, false)} ${where} LIMIT ${COUNT_CAP + 1}) AS capped`,
  };
}

export async function listCreators(actor: Actor, filters: CreatorFilters): Promise<{ rows: CreatorRow[]; total: number; totalIsCapped: boolean; page: number; pageCount: number }> {
  assertAdmin(actor);
  const queries = creatorsQueries(filters);
  const [firstRows, [{ total }]] = await Promise.all([db.$queryRaw<CreatorRow[]>(queries.page), db.$queryRaw<Array<{ total: number }>>(queries.count)]);
  let rows = firstRows;
  const totalIsCapped = total > COUNT_CAP;
  const shown = Math.min(total, COUNT_CAP);
  const lastPage = Math.max(1, Math.ceil(shown / PAGE_SIZE));
  // A page past the end (an old link, ?page=99) shows the last one instead of an empty table.
  let page = filters.page;
  if (!totalIsCapped && page > lastPage) {
    page = lastPage;
    rows = await db.$queryRaw<CreatorRow[]>(creatorsQueries({ ...filters, page }).page);
  }
  // Past the cap, "Next" stays available as long as a page came back full.
  const pageCount = Math.max(lastPage, totalIsCapped && rows.length === PAGE_SIZE ? page + 1 : 0);
  return { rows, total: shown, totalIsCapped, page, pageCount };
}

/** Every matching creator, in batches (keyset on signed-up time), for the CSV export. */
export function allCreators(actor: Actor, filters: CreatorFilters, batchSize = 1000): AsyncGenerator<CreatorRow[]> {
  assertAdmin(actor);
  return creatorBatches(filters, batchSize);
}

async function* creatorBatches(filters: CreatorFilters, batchSize: number): AsyncGenerator<CreatorRow[]> {
  const where = whereClause(filters);
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const keyset = after ? Prisma.sql`AND (u.created_at, u.id) > (${after.at}, ${after.id})` : Prisma.empty;
    const rows = await db.$queryRaw<CreatorRow[]>`${SELECT(pageOfStepSql())} ${where} ${keyset} ORDER BY u.created_at ASC, u.id ASC LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    after = { at: last.signedUpAt, id: last.id };
  }
}

const CSV_COLUMNS: Array<[string, (row: CreatorRow) => string]> = [
  ["id", (row) => row.id],
  ["email", (row) => row.email],
  ["onlyfans_handle", (row) => row.handle ?? ""],
  ["language", (row) => row.language],
  ["country", (row) => row.country ?? ""],
  ["wizard_step", (row) => row.page],
  ["current_step", (row) => row.currentStep],
  ["payout_state", (row) => row.payout],
  ["signed_up_at", (row) => row.signedUpAt.toISOString()],
  ["last_activity_at", (row) => row.lastActivityAt.toISOString()],
  ["activated_at", (row) => row.activatedAt?.toISOString() ?? ""],
  ["disabled", (row) => String(row.disabled)],
  ["tags", (row) => row.tags.join(" ")],
];

/** RFC 4180 quoting, and a leading quote for values a spreadsheet would run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return CSV_COLUMNS.map(([name]) => name).join(",") + "\r\n";
}

export function csvLines(rows: CreatorRow[]): string {
  return rows.map((row) => CSV_COLUMNS.map(([, value]) => csvCell(value(row))).join(",") + "\r\n").join("");
}
