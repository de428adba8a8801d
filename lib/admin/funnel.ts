import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { applicableMilestones, timestampColumn, type Milestone } from "@/lib/onboarding/machine";
import { assertAdmin, type Actor } from "@/lib/admin/guard";

// The onboarding funnel, aggregated by PostgreSQL in a few queries whatever the number of
// creators: how many reached each step, conversion, median time between steps, daily
// sign-ups and activations, and where people drop off.

export const FunnelQuery = z.object({ days: z.coerce.number().int().refine((value) => value === 30 || value === 90, { error: "days must be 30 or 90" }).default(30) });

const LABELS: Record<"registered" | Milestone, string> = {
  registered: "Signed up",
  email_verified: "Email verified",
  terms_accepted: "Terms accepted",
  profile_completed: "Profile completed",
  stripe_started: "Payouts started",
  stripe_completed: "Payouts active",
};

export interface FunnelStep {
  key: string;
  label: string;
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
  steps: FunnelStep[];
  daily: Array<{ day: string; signups: number; activations: number }>;
  days: number;
}

/** Sign-up, then every milestone of the state machine that applies, in its order. */
function applicableSteps() {
  return [
    { key: "registered" as const, label: LABELS.registered, column: "s.started_at" },
    ...applicableMilestones(onboardingFlags()).map((definition) => ({ key: definition.milestone, label: LABELS[definition.milestone], column: `s.${timestampColumn(definition.milestone)}` })),
  ];
}

/** The aggregate and daily queries (exported for the benchmark's EXPLAIN ANALYZE). */
export function funnelQueries(days: number) {
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
  // the funnel reads onboarding_sessions alone, without joining users.
  const aggregate = Prisma.sql`SELECT ${Prisma.join([...reachedColumns, ...stuckColumns])} FROM onboarding_sessions s`;
  const medians = Prisma.sql`SELECT ${Prisma.join(medianColumns)} FROM onboarding_sessions s`;

  // Two grouped scans, run in parallel on separate connections by loadFunnel.
  const since = Prisma.sql`date_trunc('day', now()) - make_interval(days => ${days - 1}::int)`;
  // (Days are formatted after grouping: to_char on every row costs more than the grouping.)
  const signups = Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, n FROM (
    SELECT date_trunc('day', started_at) AS day, count(*)::int AS n FROM onboarding_sessions WHERE started_at >= ${since} GROUP BY 1) AS grouped`;
  const activations = Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, n FROM (
    SELECT date_trunc('day', activated_at) AS day, count(*)::int AS n FROM creator_profiles WHERE activated_at >= ${since} GROUP BY 1) AS grouped`;
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

export async function loadFunnel(actor: Actor, days: 30 | 90 | number = 30): Promise<Funnel> {
  assertAdmin(actor);
  const queries = funnelQueries(days);
  const steps = queries.steps;
  const [[aggregate], signups, activations, medians] = await Promise.all([
    db.$queryRaw<Array<Record<string, number | bigint | null>>>(queries.aggregate),
    db.$queryRaw<Array<{ day: string; n: number }>>(queries.daily.signups),
    db.$queryRaw<Array<{ day: string; n: number }>>(queries.daily.activations),
    stepMedians(queries.medians, queries.steps.map((step) => step.key).join(",")),
  ]);
  const byDay = (rows: Array<{ day: string; n: number }>) => new Map(rows.map((row) => [row.day, row.n]));
  const signupsByDay = byDay(signups);
  const activationsByDay = byDay(activations);
  const today = new Date();
  const daily = Array.from({ length: days }, (_, index) => {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1 - index))).toISOString().slice(0, 10);
    return { day, signups: signupsByDay.get(day) ?? 0, activations: activationsByDay.get(day) ?? 0 };
  });

  const number = (value: number | bigint | null | undefined) => (value === null || value === undefined ? null : Number(value));
  const reached = steps.map((_, index) => number(aggregate[`reached_${index}`]) ?? 0);
  return {
    days,
    daily,
    steps: steps.map((step, index) => ({
      key: step.key,
      label: step.label,
      reached: reached[index],
      conversion: index === 0 ? null : reached[index - 1] ? reached[index] / reached[index - 1] : null,
      ofSignups: reached[0] ? reached[index] / reached[0] : 0,
      medianHoursFromPrevious: index === 0 ? null : number(medians[`median_${index}`]),
      droppedAfter: index + 1 < steps.length ? reached[index] - reached[index + 1] : 0,
      stuckOverWeek: number(aggregate[`stuck_${index}`]) ?? 0,
    })),
  };
}
