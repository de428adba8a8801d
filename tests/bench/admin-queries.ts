// npm run bench:admin [-- --creators 1000000] — the admin's creators page and funnel queries with
// generated creators (100 000 by default): median of repeated runs, PostgreSQL's own EXPLAIN
// ANALYZE execution times, and the 100 ms goal per line.
import { Prisma } from "@/lib/generated/prisma/client";
import { benchEnvironment, percentile } from "./support";

const creatorsFlag = process.argv.indexOf("--creators");
const CREATORS = Number(creatorsFlag >= 0 ? process.argv[creatorsFlag + 1] : (process.env.BENCH_CREATORS ?? 100_000));
const GOAL_MS = 100;
const RUNS = 15;

const environment = await benchEnvironment();
const { db } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { insertDemoCreators } = await import("@/lib/admin/demo-creators");
const { allCreators, CreatorFilters, creatorsQueries, listCreators } = await import("@/lib/admin/creators");
const { funnelQueries, lastDays, loadFunnel } = await import("@/lib/admin/funnel");

const seeding = Date.now();
await insertDemoCreators(CREATORS, await hashPassword("not used"));
// A steady-state database: statistics and visibility maps as autovacuum leaves them.
await db.$executeRawUnsafe("VACUUM ANALYZE");
console.log(`seeded ${CREATORS.toLocaleString("en-US")} creators in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`);

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const timings: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return percentile(timings.sort((a, b) => a - b), 0.5);
}

async function explainMs(sql: Prisma.Sql): Promise<number> {
  const plan = await db.$queryRaw<Array<{ "QUERY PLAN": Array<{ "Execution Time": number }> }>>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
  return plan[0]["QUERY PLAN"][0]["Execution Time"];
}

const CASES: Array<[string, Record<string, string>]> = [
  ["default page (newest first)", {}],
  ["stuck at payouts, 7+ days", { step: "payouts", stuckDays: "7" }],
  ["payouts needing information", { payout: "needs_information" }],
  ["French creators by last activity", { language: "fr", sort: "last_activity" }],
  ["search: email prefix", { q: "" }],
  ["search: no match", { q: "nobody-here" }],
  // One creator in seven: the count stops at its cap, the page walks the newest first.
  ["search: a mail provider", { q: "gmail" }],
  ["page 200 sorted by email", { sort: "email", order: "asc", page: "200" }],
  ["sorted by step", { sort: "step" }],
  ["sorted by payouts", { sort: "payouts", order: "asc" }],
  ["sorted by language", { sort: "language" }],
  ["sorted by last activity", { sort: "last_activity" }],
];

// A realistic search: the name part of one creator's email, as an admin types it (first.last).
const sample = await db.user.findFirstOrThrow({ where: { email: { contains: "4242@" } }, select: { email: true } });
CASES.find(([name]) => name === "search: email prefix")![1].q = sample.email.replace(/\d+@.*$/, "");

// The readers check the acting admin's role themselves; the benchmark acts as one.
const BENCH_ADMIN = { id: "bench-admin", role: "admin" as const };
const results: Array<Record<string, string | number>> = [];
for (const [name, query] of CASES) {
  const filters = CreatorFilters.parse(query);
  const queries = creatorsQueries(filters);
  results.push({
    query: `creators: ${name}`,
    "median ms (app, both queries)": Number((await median(() => listCreators(BENCH_ADMIN, filters))).toFixed(2)),
    "EXPLAIN page ms": Number((await explainMs(queries.page)).toFixed(2)),
    "EXPLAIN count ms": Number((await explainMs(queries.count)).toFixed(2)),
  });
}
results.push({
  query: "CSV export: first batch of 1,000",
  "median ms (app, both queries)": Number(
    (
      await median(async () => {
        const batches = allCreators(BENCH_ADMIN, CreatorFilters.parse({}));
        await batches.next();
        await batches.return(undefined);
      })
    ).toFixed(2),
  ),
  "EXPLAIN page ms": "",
  "EXPLAIN count ms": "",
});
// The funnel is exact on every request (aggregates kept by the database, decision 009): no cache.
for (const days of [7, 30, 90]) {
  const queries = funnelQueries(lastDays(days));
  const explained = async (sql: Prisma.Sql) => Number((await explainMs(sql)).toFixed(2));
  results.push({
    query: `funnel (${days} days): counts, stuck, medians, daily`,
    "median ms (app, both queries)": Number((await median(() => loadFunnel(BENCH_ADMIN, days))).toFixed(2)),
    "EXPLAIN page ms": Math.max(await explained(queries.reached), await explained(queries.medians)),
    "EXPLAIN count ms": Math.max(await explained(queries.stuck), await explained(queries.daily.signups), await explained(queries.daily.activations)),
  });
}
for (const row of results) {
  const slowest = Math.max(Number(row["median ms (app, both queries)"]), Number(row["EXPLAIN page ms"] || 0), Number(row["EXPLAIN count ms"] || 0));
  row[`goal ≤ ${GOAL_MS} ms`] = slowest <= GOAL_MS ? "pass" : "FAIL";
}
console.table(results);
console.log("Creators rows: page query and capped count query. Funnel rows: the slower of the counts and the medians (page column),");
console.log("and the slowest of the stuck counts and the two daily series (count column); all five run in parallel in the app.");
await environment.close();
