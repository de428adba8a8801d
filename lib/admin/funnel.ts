import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { applicableMilestones, timestampColumn, type Milestone } from "@/lib/onboarding/machine";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { NudgeSequence as NudgeSequences, type NudgeSequence } from "@/lib/generated/prisma/enums";

// The onboarding funnel, read from aggregates the database keeps exact (decision 009), in a few
// index lookups whatever the number of creators: how many reached each step, conversion, the
// median time between steps, daily sign-ups and activations, and where people drop off.

export const PRESET_DAYS = [7, 30, 90] as const;
/** A custom period covers at most this many days (one daily bar each). */
const MAX_RANGE_DAYS = 366;

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

interface FunnelStep {
  /** A step of the state machine ("registered" for sign-up): labelled by the page that shows it. */
  key: "registered" | Milestone;
  reached: number;
  /** Share of the previous step that reached this one. */
  conversion: number | null;
  /** Share of all sign-ups. */
  ofSignups: number;
  /** Median hours from the previous step to this one (exact, as percentile_cont would give). */
  medianHoursFromPrevious: number | null;
  droppedAfter: number;
  stuckOverWeek: number;
}

export interface Funnel {
  /** Creators who signed up in the period, step by step. */
  steps: FunnelStep[];
  daily: Array<{ day: string; signups: number; activations: number }>;
  /** Per reminder sequence: creators of the period it reminded, and how many moved on within 7 days of a reminder. */
  nudges: Array<{ sequence: NudgeSequence; nudged: number; movedOn: number }>;
  range: FunnelRange;
}

/** Sign-up, then every milestone of the state machine that applies, in its order. */
function applicableSteps() {
  return [
    { key: "registered" as const, column: "started_at" },
    ...applicableMilestones(onboardingFlags()).map((definition) => ({ key: definition.milestone, column: timestampColumn(definition.milestone) })),
  ];
}

/**
 * The funnel's queries over the exact aggregates the database keeps (migration
 * 20261126030000_funnel_aggregates, decision 009): a few index lookups whatever the number of
 * creators. Exported for the benchmark's EXPLAIN ANALYZE.
 */
export function funnelQueries(range: FunnelRange) {
  const steps = applicableSteps();
  const pairs = steps.slice(1).map((step, index) => ({ from: steps[index], to: step }));
  const since = Prisma.sql`${range.from}::date`;
  const until = Prisma.sql`${range.to}::date`;
  const keys = Prisma.join(steps.map((step) => step.key));

  const reached = Prisma.sql`SELECT step, sum(n)::bigint AS n FROM funnel_reached WHERE cohort_day BETWEEN ${since} AND ${until} AND step IN (${keys}) GROUP BY step`;
  const signups = Prisma.sql`SELECT to_char(cohort_day, 'YYYY-MM-DD') AS day, sum(n)::int AS n FROM funnel_reached WHERE step = 'registered' AND cohort_day BETWEEN ${since} AND ${until} GROUP BY cohort_day`;
  const activations = Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(n)::int AS n FROM funnel_activations WHERE day BETWEEN ${since} AND ${until} GROUP BY day`;

  // Stuck: reached a step, not the next, no progress for a week. Whole days of last activity
  // before the boundary come from the aggregate; the boundary day itself from the sessions
  // (an index range of one day's activity), so the cut is to the millisecond, as it was.
  const boundary = Prisma.sql`((now() AT TIME ZONE 'UTC') - interval '7 days')`;
  const pairKeys = Prisma.join(pairs.map((pair) => Prisma.sql`(${pair.from.key}, ${pair.to.key})`));
  // Terms and profile apply under every flag, so there is always a pair.
  const boundaryCounts = Prisma.join(
    pairs.map(
      (pair) =>
        Prisma.sql`SELECT ${pair.from.key} AS from_step, ${pair.to.key} AS to_step, count(*) FILTER (WHERE ${Prisma.raw(`s.${pair.from.column}`)} IS NOT NULL AND ${Prisma.raw(`s.${pair.to.column}`)} IS NULL) AS n FROM boundary_day s`,
    ),
    " UNION ALL ",
  );
  const stuck = Prisma.sql`
    WITH boundary_day AS (
      SELECT * FROM onboarding_sessions s
      WHERE s.updated_at >= ${boundary}::date AND s.updated_at < ${boundary} AND s.started_at >= ${since} AND s.started_at < ${until} + 1
    )
    SELECT from_step, to_step, sum(n)::bigint AS n FROM (
      SELECT from_step, to_step, n FROM funnel_gaps
      WHERE cohort_day BETWEEN ${since} AND ${until} AND activity_day < ${boundary}::date AND (from_step, to_step) IN (${pairKeys})
      UNION ALL ${boundaryCounts}
    ) counted GROUP BY from_step, to_step`;

  // Medians as percentile_cont(0.5): the rank(s) in the middle found by counting the duration
  // buckets of the period, then each value read at its offset inside its one bucket.
  const medians = Prisma.sql`
    WITH hist AS (
      SELECT from_step, to_step, bucket, sum(n)::bigint AS n FROM funnel_duration_buckets
      WHERE cohort_day BETWEEN ${since} AND ${until} AND (from_step, to_step) IN (${pairKeys})
      GROUP BY from_step, to_step, bucket HAVING sum(n) > 0
    ), cumulative AS (
      SELECT *, (sum(n) OVER (PARTITION BY from_step, to_step ORDER BY bucket))::bigint - n AS before, (sum(n) OVER (PARTITION BY from_step, to_step))::bigint AS total FROM hist
    ), middle AS (
      SELECT DISTINCT from_step, to_step, rank FROM cumulative, LATERAL (VALUES ((total - 1) / 2), (total / 2)) AS ranks(rank)
    ), located AS (
      SELECT m.from_step, m.to_step, c.bucket, m.rank - c.before AS offset_in_bucket
      FROM middle m JOIN cumulative c ON c.from_step = m.from_step AND c.to_step = m.to_step AND m.rank >= c.before AND m.rank < c.before + c.n
    )
    SELECT l.from_step, l.to_step, avg(v.seconds) / 3600 AS hours
    FROM located l CROSS JOIN LATERAL (
      SELECT d.seconds FROM funnel_durations d
      WHERE d.from_step = l.from_step AND d.to_step = l.to_step AND d.bucket = l.bucket AND d.cohort_day BETWEEN ${since} AND ${until}
      ORDER BY d.seconds OFFSET l.offset_in_bucket LIMIT 1
    ) v
    GROUP BY l.from_step, l.to_step`;

  // Counted from the reminders themselves (one row each, indexed by account): exact by construction.
  const nudges = Prisma.sql`
    SELECT n.sequence::text AS sequence, count(DISTINCT n.user_id)::int AS nudged,
           count(DISTINCT n.user_id) FILTER (WHERE n.moved_on_at <= n.sent_at + interval '7 days')::int AS moved_on
    FROM nudges n JOIN onboarding_sessions s ON s.user_id = n.user_id
    WHERE n.status = 'sent' AND s.started_at >= ${since} AND s.started_at < ${until} + 1
    GROUP BY n.sequence`;

  return { steps, pairs, reached, daily: { signups, activations }, stuck, medians, nudges };
}

/** The funnel for a period (or the last `days` days): exact, as of this request. */
export async function loadFunnel(actor: Actor, period: FunnelRange | number = 30): Promise<Funnel> {
  assertAdmin(actor);
  const range = typeof period === "number" ? lastDays(period) : period;
  const days = dayCount(range.from, range.to);
  const queries = funnelQueries(range);
  const { steps } = queries;
  type PairRow = { from_step: string; to_step: string };
  const [reachedRows, signups, activations, stuckRows, medianRows, nudgeRows] = await Promise.all([
    db.$queryRaw<Array<{ step: string; n: bigint }>>(queries.reached),
    db.$queryRaw<Array<{ day: string; n: number }>>(queries.daily.signups),
    db.$queryRaw<Array<{ day: string; n: number }>>(queries.daily.activations),
    db.$queryRaw<Array<PairRow & { n: bigint }>>(queries.stuck),
    db.$queryRaw<Array<PairRow & { hours: number }>>(queries.medians),
    db.$queryRaw<Array<{ sequence: NudgeSequence; nudged: number; moved_on: number }>>(queries.nudges),
  ]);
  const nudgesBySequence = new Map(nudgeRows.map((row) => [row.sequence, row]));
  const byDay = (rows: Array<{ day: string; n: number }>) => new Map(rows.map((row) => [row.day, row.n]));
  const signupsByDay = byDay(signups);
  const activationsByDay = byDay(activations);
  const first = Date.parse(range.from);
  const daily = Array.from({ length: days }, (_, index) => {
    const day = isoDay(new Date(first + index * 86_400_000));
    return { day, signups: signupsByDay.get(day) ?? 0, activations: activationsByDay.get(day) ?? 0 };
  });

  const reachedByStep = new Map(reachedRows.map((row) => [row.step, Number(row.n)]));
  const byPair = <T>(rows: Array<PairRow & T>) => new Map(rows.map((row) => [`${row.from_step}>${row.to_step}`, row]));
  const stuckByPair = byPair(stuckRows);
  const medianByPair = byPair(medianRows);
  const reached = steps.map((step) => reachedByStep.get(step.key) ?? 0);
  return {
    range,
    daily,
    nudges: Object.values(NudgeSequences).map((sequence) => ({ sequence, nudged: nudgesBySequence.get(sequence)?.nudged ?? 0, movedOn: nudgesBySequence.get(sequence)?.moved_on ?? 0 })),
    steps: steps.map((step, index) => {
      const previous = steps[index - 1];
      const next = steps[index + 1];
      return {
        key: step.key,
        reached: reached[index],
        conversion: index === 0 ? null : reached[index - 1] ? reached[index] / reached[index - 1] : null,
        ofSignups: reached[0] ? reached[index] / reached[0] : 0,
        medianHoursFromPrevious: previous ? (medianByPair.get(`${previous.key}>${step.key}`)?.hours ?? null) : null,
        droppedAfter: next ? reached[index] - reached[index + 1] : 0,
        stuckOverWeek: next ? Number(stuckByPair.get(`${step.key}>${next.key}`)?.n ?? 0) : 0,
      };
    }),
  };
}
