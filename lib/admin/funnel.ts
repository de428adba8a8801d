import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { applicableMilestones, timestampColumn, type Milestone } from "@/lib/onboarding/machine";
import { assertAdmin, type Actor } from "@/lib/admin/guard";

// The onboarding funnel, aggregated by PostgreSQL in a few queries whatever the number of
// creators: how many reached each step, conversion, median time between steps, daily
// sign-ups and activations, and where people drop off.

export const PRESET_DAYS = [7, 30, 90] as const;
/** A custom period covers at most this many days (one daily bar each). */
export const MAX_RANGE_DAYS = 366;

const IsoDay = z.iso.date({ error: "date_invalid" });

/** The period every chart of the funnel shows: the last 7/30/90 days, or from–to (UTC days, inclusive). */
export const FunnelQuery = z
  .object({
    days: z.coerce.number().int().refine((value) => (PRESET_DAYS as readonly number[]).includes(value), { error: "days must be 7, 30 or 90" }).optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
  })
  .refine((query) => (query.from === undefined) === (query.to === undefined), { error: "from and to go together", path: ["to"] })
  .refine((query) => !query.from || !query.to || (query.from <= query.to && dayCount(query.from, query.to) <= MAX_RANGE_DAYS), { error: "range_invalid", path: ["to"] });
export type FunnelQuery = z.infer<typeof FunnelQuery>;

export interface FunnelRange {
  /** First day, inclusive (YYYY-MM-DD, UTC). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last `days` days, today included. */
export function lastDays(days: number, today = new Date()): FunnelRange {
  return { from: isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)))), to: isoDay(today) };
}

export function funnelRange(query: FunnelQuery, today = new Date()): FunnelRange {
  return query.from && query.to ? { from: query.from, to: query.to } : lastDays(query.days ?? 30, today);
}

export interface FunnelStep {
  /** A step of the state machine ("registered" for sign-up): labelled by the page that shows it. */
  key: "registered" | Milestone;
  reached: number;
  /** Share of the previous step that reached this one. */
  conversion: number | null;
  /** Share of all sign-ups. */
  ofSignups: number;
  /** Median hours from the previous step to this one (refreshed every five minutes). */
  medianHoursFromPrevious: number | null;
  droppedAfter: number;
  stuckOverWeek: number;
}

export interface Funnel {
  /** Creators who signed up in the period, step by step. */
  steps: FunnelStep[];
  daily: Array<{ day: string; signups: number; activations: number }>;
  range: FunnelRange;
}

/** Sign-up, then every milestone of the state machine that applies, in its order. */
function applicableSteps() {
  return [
    { key: "registered" as const, column: "s.started_at" },
    ...applicableMilestones(onboardingFlags()).map((definition) => ({ key: definition.milestone, column: `s.${timestampColumn(definition.milestone)}` })),
  ];
}

/** The aggregate and daily queries (exported for the benchmark's EXPLAIN ANALYZE). */
export function funnelQueries(range: FunnelRange) {
  const steps = applicableSteps();
  const raw = (column: string) => Prisma.raw(column);
  const reachedColumns = steps.map((step, index) => Prisma.sql`count(*) FILTER (WHERE ${raw(step.column)} IS NOT NULL) AS ${raw(`reached_${index}`)}`);
  const medianColumns = steps.slice(1).map(
    (step, index) =>
      Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${raw(step.column)} - ${raw(steps[index].column)}) / 3600) FILTER (WHERE ${raw(step.column)} IS NOT NULL AND ${raw(steps[index].column)} IS NOT NULL) AS ${raw(`median_${index + 1}`)}`,
  );
  // Stuck: reached this step, not the next, and no progress for a week.
  const stuckColumns = steps.map((step, index) => {
    const next = steps[index + 1];
    return next
      ? Prisma.sql`count(*) FILTER (WHERE ${raw(step.column)} IS NOT NULL AND ${raw(next.column)} IS NULL AND s.updated_at < now() - interval '7 days') AS ${raw(`stuck_${index}`)}`
      : Prisma.sql`0 AS ${raw(`stuck_${index}`)}`;
  });

  // Only creators have onboarding sessions (registration creates one; admins have none), so
  // the funnel reads onboarding_sessions alone, without joining users. The period selects the
  // cohort: creators who signed up in it (the started_at index).
  const since = Prisma.sql`${range.from}::date`;
  const until = Prisma.sql`(${range.to}::date + 1)`;
  const cohort = Prisma.sql`WHERE s.started_at >= ${since} AND s.started_at < ${until}`;
  const aggregate = Prisma.sql`SELECT ${Prisma.join([...reachedColumns, ...stuckColumns])} FROM onboarding_sessions s ${cohort}`;
  const medians = Prisma.sql`SELECT ${Prisma.join(medianColumns)} FROM onboarding_sessions s ${cohort}`;

  // Two grouped scans, run in parallel on separate connections by loadFunnel.
  // (Days are formatted after grouping: to_char on every row costs more than the grouping.)
  const signups = Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, n FROM (
    SELECT date_trunc('day', started_at) AS day, count(*)::int AS n FROM onboarding_sessions WHERE started_at >= ${since} AND started_at < ${until} GROUP BY 1) AS grouped`;
  const activations = Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, n FROM (
    SELECT date_trunc('day', activated_at) AS day, count(*)::int AS n FROM creator_profiles WHERE activated_at >= ${since} AND activated_at < ${until} GROUP BY 1) AS grouped`;
  const daily = { signups, activations };
  return { steps, aggregate, daily, medians };
}

// Medians need a sort of every duration (≈ 0.2 s at 100 000 creators), so they are computed
// at most every five minutes per process; counts, conversion and the daily series are live.
const MEDIAN_TTL_MS = 5 * 60_000;
let medianCache: { at: number; key: string; values: Promise<Record<string, number | null>> } | undefined;

async function stepMedians(sql: Prisma.Sql, key: string): Promise<Record<string, number | null>> {
  if (!medianCache || medianCache.key !== key || Date.now() - medianCache.at > MEDIAN_TTL_MS) {
    const values = db.$queryRaw<Array<Record<string, number | null>>>(sql).then(([row]) => row);
    medianCache = { at: Date.now(), key, values };
    values.catch(() => (medianCache = undefined));
  }
  return medianCache.values;
}

export function clearFunnelMedianCache(): void {
  medianCache = undefined;
}

/** The funnel for a period (or the last `days` days). */
export async function loadFunnel(actor: Actor, period: FunnelRange | number = 30): Promise<Funnel> {
  assertAdmin(actor);
  const range = typeof period === "number" ? lastDays(period) : period;
  const days = dayCount(range.from, range.to);
  const queries = funnelQueries(range);
  const steps = queries.steps;
  const [[aggregate], signups, activations, medians] = await Promise.all([
    db.$queryRaw<Array<Record<string, number | bigint | null>>>(queries.aggregate),
    db.$queryRaw<Array<{ day: string; n: number }>>(queries.daily.signups),
    db.$queryRaw<Array<{ day: string; n: number }>>(queries.daily.activations),
    stepMedians(queries.medians, `${range.from}:${range.to}:${queries.steps.map((step) => step.key).join(",")}`),
  ]);
  const byDay = (rows: Array<{ day: string; n: number }>) => new Map(rows.map((row) => [row.day, row.n]));
  const signupsByDay = byDay(signups);
  const activationsByDay = byDay(activations);
  const first = Date.parse(range.from);
  const daily = Array.from({ length: days }, (_, index) => {
    const day = isoDay(new Date(first + index * 86_400_000));
    return { day, signups: signupsByDay.get(day) ?? 0, activations: activationsByDay.get(day) ?? 0 };
  });

  const number = (value: number | bigint | null | undefined) => (value === null || value === undefined ? null : Number(value));
  const reached = steps.map((_, index) => number(aggregate[`reached_${index}`]) ?? 0);
  return {
    range,
    daily,
    steps: steps.map((step, index) => ({
      key: step.key,
      reached: reached[index],
      conversion: index === 0 ? null : reached[index - 1] ? reached[index] / reached[index - 1] : null,
      ofSignups: reached[0] ? reached[index] / reached[0] : 0,
      medianHoursFromPrevious: index === 0 ? null : number(medians[`median_${index}`]),
      droppedAfter: index + 1 < steps.length ? reached[index] - reached[index + 1] : 0,
      stuckOverWeek: number(aggregate[`stuck_${index}`]) ?? 0,
    })),
  };
}
