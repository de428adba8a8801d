// npm run bench — throughput of our endpoints as a ratio of the framework's own limit (a bare
// route handler), registration as a ratio of the argon2id bound, and the JavaScript weight of
// each wizard route. Against the production build on 127.0.0.1; bounded in time; writes
// tests/bench/results.json. Every figure is relative to another measured in the same run.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import Stripe from "stripe";
import { freePort } from "@/lib/db/embedded-postgres";
import { printProfileSummary, summariseProfile } from "./profile-summary";
import { benchEnvironment, percentile } from "./support";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret-42";

const environment = await benchEnvironment();
process.env.AUTH_SECRET = AUTH_SECRET;
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
process.env.FRONTEND_URL = base;

const { db } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { createApiToken, createSessionCookie } = await import("@/lib/auth/session-token");
const { startPayoutsOnboarding } = await import("@/lib/onboarding/payouts");
const { nextPage, sessionReaching, STEP_ORDER } = await import("@/lib/onboarding/machine");
const { onboardingFlags } = await import("@/lib/onboarding/flags");
const { onboardingSnapshot } = await import("@/lib/onboarding/snapshot");

if (!process.argv.includes("--no-build")) {
  console.log("▸ next build");
  if (spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status !== 0) process.exit(1);
}

console.log(`▸ starting the production server on ${base}`);
// BENCH_PROFILE=<dir>: the server writes a V8 CPU profile of each path's load there, and each
// is summarised at the end (sampling costs a few per cent; compare ratios from unprofiled runs).
const profileDirectory = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;
const profiling = profileDirectory ? { BENCH_PROFILE_DIR: profileDirectory } : {};
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch.ts", "start", "--port", String(port)], {
  env: { ...process.env, ...profiling, NODE_ENV: "production", ALLOW_SANDBOX_IN_PRODUCTION: "true", TRUSTED_PROXY_HOPS: "1", BENCH_MODE: "1", LOG_LEVEL: "warn", HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
for (let attempt = 0; ; attempt++) {
  if (attempt > 120) throw new Error("the server did not start");
  if (await fetch(`${base}/api/health`).then((response) => response.ok).catch(() => false)) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}

// Test data: creators at every wizard step, with Stripe accounts in the sandbox.
const passwordHash = await hashPassword("bench password not used");
/** A creator whose next wizard page is `page`, with rows the state machine would have written. */
async function creatorAt(page: "terms" | "profile" | "payouts" | "done") {
  const step = STEP_ORDER.find((candidate) => nextPage(sessionReaching(candidate), onboardingFlags()) === page)!;
  const snapshot = onboardingSnapshot(step);
  return db.user.create({
    data: {
      email: `bench-${page}-${randomBytes(4).toString("hex")}@example.test`,
      passwordHash,
      ...snapshot.user,
      profile: { create: { country: "FR", onlyfansHandle: snapshot.session.profileCompletedAt ? `bench${randomBytes(3).toString("hex")}` : null, contentCategories: ["fitness"], ...snapshot.profile } },
      onboardingSession: { create: snapshot.session },
    },
  });
}
const statusCreator = await creatorAt("payouts");
const bearer = await createApiToken({ id: statusCreator.id, email: statusCreator.email, role: "creator", sessionVersion: 0 });
const accounts: string[] = [];
for (let index = 0; index < 50; index++) {
  const creator = await creatorAt("payouts");
  accounts.push((await startPayoutsOnboarding(creator.id)).accountId);
}
const signer = new Stripe("sk_test_signer_only");
// account.updated as Stripe sends it: the whole account in data.object. Each account's events
// are two seconds apart (Stripe's are seconds to days apart), so the webhook may apply each
// snapshot without reading the account again; events within a second of each other would be
// ambiguous and re-read it.
const { stripe } = await import("@/lib/stripe/client");
const snapshots = new Map(await Promise.all(accounts.map(async (accountId) => [accountId, await stripe().accounts.retrieve(accountId)] as const)));
const eventsSent = new Map<string, number>();
const firstEventAt = Math.floor(Date.now() / 1000);
function signedEvent(accountId: string) {
  const sent = eventsSent.get(accountId) ?? 0;
  eventsSent.set(accountId, sent + 1);
  const payload = JSON.stringify({ id: `evt_bench_${randomBytes(9).toString("hex")}`, object: "event", type: "account.updated", account: accountId, livemode: false, created: firstEventAt + 2 * sent, data: { object: snapshots.get(accountId) } });
  return { payload, header: signer.webhooks.generateTestHeaderString({ payload, secret: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET! }) };
}
const processed = signedEvent(accounts[0]);
await fetch(`${base}/api/v1/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": processed.header }, body: processed.payload });

interface Row {
  target: string;
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  "vs yardstick": string;
  "machine CPU ms/req"?: string;
  errors: number;
}

async function load(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
}

/** CPU time the whole machine has spent busy so far (every core, every process), in ms. */
function machineBusyMs(): number {
  return os.cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

/**
 * The load, with the machine's CPU per answered request: the server, PostgreSQL and the load
 * generator share these cores, so a path that moves work to PostgreSQL is bound by all of it.
 */
async function measuredLoad(options: autocannon.Options, profiled?: string): Promise<{ result: autocannon.Result; cpuMsPerRequest: number }> {
  const before = machineBusyMs();
  const result = profiled ? await profiledLoad(profiled, options) : await load(options);
  return { result, cpuMsPerRequest: (machineBusyMs() - before) / Math.max(1, result.requests.total) };
}

const profiles: Array<{ label: string; file: string; requests: number }> = [];
async function profileCommand(command: object): Promise<{ data?: { file: string } }> {
  const response = await fetch(`${base}/api/bench/profile`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(command) });
  if (!response.ok) throw new Error(`/api/bench/profile answered ${response.status}`);
  return response.json();
}
/** The load, with the server's CPU profile of it when BENCH_PROFILE is set. */
async function profiledLoad(label: string, options: autocannon.Options): Promise<autocannon.Result> {
  if (!profileDirectory) return load(options);
  await profileCommand({ action: "start" });
  const result = await load(options);
  const { data } = await profileCommand({ action: "stop", name: label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) });
  profiles.push({ label, file: data!.file, requests: result.requests.total });
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
}
const percent = (value: number) => `${(value * 100).toFixed(0)} %`;

/** A row measured alone; the yardstick of every row is the bare route, except the wizard page's (the bare page). */
function row(target: string, result: autocannon.Result, bare?: number): Row {
  return {
    target,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "vs yardstick": bare ? percent(result.requests.average / bare) : "100 %",
    errors: result.errors + result.non2xx,
  };
}

/**
 * Throughput of a path as a share of its yardstick, measured in alternating windows (yardstick,
 * path, yardstick, path, ...). These cores are shared with other machines: one long run of each
 * compared different moments, and the same code measured 52 % and 71 % in two runs. A slow
 * moment now slows both sides of a window; the ratio is the median window's, and the spread of
 * the windows is printed with it. Each path is warmed for a second first (the yardstick is warm
 * from the lines before; a path's first requests compile and load its modules), and when
 * profiling, its last window is profiled.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const pairedRatios = new Map<string, number>();
async function pairedRow(target: string, yardstick: autocannon.Options, path: autocannon.Options): Promise<Row> {
  const windowSeconds = DURATION / ROUNDS;
  const windows: Array<{ ratio: number; result: autocannon.Result; cpu: number; yardstickCpu: number }> = [];
  await load({ ...path, duration: 1 });
  for (let round = 0; round < ROUNDS; round++) {
    const reference = await measuredLoad({ ...yardstick, duration: windowSeconds });
    const { result, cpuMsPerRequest } = await measuredLoad({ ...path, duration: windowSeconds }, round === ROUNDS - 1 ? target : undefined);
    windows.push({ ratio: result.requests.average / reference.result.requests.average, result, cpu: cpuMsPerRequest, yardstickCpu: reference.cpuMsPerRequest });
  }
  const ratios = windows.map((window) => window.ratio);
  pairedRatios.set(target, median(ratios));
  return {
    target,
    "req/s": Math.round(median(windows.map((window) => window.result.requests.average))),
    "p50 ms": median(windows.map((window) => window.result.latency.p50)),
    "p99 ms": median(windows.map((window) => window.result.latency.p99)),
    "vs yardstick": `${percent(median(ratios))} (windows ${percent(Math.min(...ratios))}–${percent(Math.max(...ratios))})`,
    "machine CPU ms/req": `${median(windows.map((window) => window.cpu)).toFixed(2)} (yardstick ${median(windows.map((window) => window.yardstickCpu)).toFixed(2)})`,
    errors: windows.reduce((sum, window) => sum + window.result.errors + window.result.non2xx, 0),
  };
}

const rows: Row[] = [];
console.log(`▸ load: ${DURATION} s per target, ${CONNECTIONS} connections; ratios in ${ROUNDS} alternating windows`);
const bareRoute = { url: `${base}/api/bench/noop` };
const bareResult = await profiledLoad("GET /api/bench/noop (bare route)", bareRoute);
const bare = bareResult.requests.average;
rows.push(row("GET /api/bench/noop (bare route)", bareResult));
rows.push(row("GET /api/health", await load({ url: `${base}/api/health` }), bare));
// Not a goal: the floor under the line below, the bare route plus one read through Prisma.
rows.push(await pairedRow("GET /api/bench/read (one Prisma read)", bareRoute, { url: `${base}/api/bench/read?id=${statusCreator.id}` }));
rows.push(await pairedRow("GET /api/v1/onboarding/status (Bearer)", bareRoute, { url: `${base}/api/v1/onboarding/status`, headers: { authorization: `Bearer ${bearer}` } }));
rows.push(
  await pairedRow("POST /api/v1/webhooks/stripe (already processed)", bareRoute, {
    url: `${base}/api/v1/webhooks/stripe`,
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": processed.header },
    body: processed.payload,
  }),
);
// Not a goal: the floor under the line above, the bare route reading the same body.
rows.push(await pairedRow("POST /api/bench/noop (the same 5 KB body, read)", bareRoute, { url: `${base}/api/bench/noop`, method: "POST", headers: { "content-type": "application/json" }, body: processed.payload }));
let next = 0;
const newEventRequest = () => {
  const event = signedEvent(accounts[next++ % accounts.length]);
  return { method: "POST" as const, path: "/api/v1/webhooks/stripe", headers: { "content-type": "application/json", "stripe-signature": event.header }, body: event.payload };
};
rows.push(await pairedRow("POST /api/v1/webhooks/stripe (new event)", bareRoute, { url: base, requests: [{ setupRequest: newEventRequest }] }));
const atRate = await load({ url: base, connections: 8, overallRate: 200, requests: [{ setupRequest: newEventRequest }] });
rows.push(row("POST /api/v1/webhooks/stripe (new event, 200 req/s)", atRate, bare));

// Pages: the wizard's profile page for a signed-in creator against a bare page of the same build.
const profileCreator = await creatorAt("profile");
const profileCookie = await createSessionCookie({ id: profileCreator.id, email: profileCreator.email, role: profileCreator.role, sessionVersion: profileCreator.sessionVersion });
const barePage = { url: `${base}/bench/page` };
rows.push(row("GET /bench/page (bare page)", await profiledLoad("GET /bench/page (bare page)", barePage)));
rows.push(await pairedRow("GET /onboarding/profile (signed in)", barePage, { url: `${base}/onboarding/profile`, headers: { cookie: `${profileCookie.name}=${profileCookie.value}` } }));

// Latency at a fixed load of 20 % of the bare route's capacity (not saturated: queueing aside).
const lightRate = Math.max(10, Math.round(bare * 0.2));
// In alternating windows too (bare, status, webhook, ...): one stall of the machine decides a p99,
// so each window's p99 is read against the bare route's in the same round, and the median taken.
const light = (options: autocannon.Options) => load({ connections: 8, overallRate: lightRate, duration: DURATION / ROUNDS, ...options });
const lightWindows: Array<{ bare: autocannon.Result; status: autocannon.Result; webhook: autocannon.Result }> = [];
for (let round = 0; round < ROUNDS; round++) {
  lightWindows.push({
    bare: await light({ url: `${base}/api/bench/noop` }),
    status: await light({ url: `${base}/api/v1/onboarding/status`, headers: { authorization: `Bearer ${bearer}` } }),
    webhook: await light({ url: base, requests: [{ setupRequest: newEventRequest }] }),
  });
}
const p99Ratio = (path: "status" | "webhook") => median(lightWindows.map((window) => window[path].latency.p99 / Math.max(1, window.bare.latency.p99)));
function lightRow(target: string, path: "bare" | "status" | "webhook"): Row {
  const windows = lightWindows.map((window) => window[path]);
  return {
    target,
    "req/s": Math.round(median(windows.map((window) => window.requests.average))),
    "p50 ms": median(windows.map((window) => window.latency.p50)),
    "p99 ms": median(windows.map((window) => window.latency.p99)),
    "vs yardstick": path === "bare" ? "100 %" : `p99 ${p99Ratio(path).toFixed(2)} × the bare route's`,
    errors: windows.reduce((sum, window) => sum + window.errors + window.non2xx, 0),
  };
}
rows.push(lightRow(`GET /api/bench/noop at ${lightRate} req/s`, "bare"));
rows.push(lightRow(`GET /api/v1/onboarding/status at ${lightRate} req/s`, "status"));
rows.push(lightRow(`POST /api/v1/webhooks/stripe (new event) at ${lightRate} req/s`, "webhook"));

// Registration is bound by argon2id (19 MiB, t=2): compare with the hash rate on all cores.
const registration = await profiledLoad("POST /api/v1/auth/register", {
  url: base,
  // Enough connections to keep the CPUs busy through the 80 ms response floor of registration.
  connections: CONNECTIONS * 2,
  requests: [
    {
      setupRequest: () => ({
        method: "POST" as const,
        path: "/api/v1/auth/register",
        headers: { "content-type": "application/json", "x-forwarded-for": [10, ...randomBytes(3)].join(".") },
        body: JSON.stringify({ email: `bench-reg-${randomBytes(6).toString("hex")}@example.test`, password: "violet tram orbit canvas" }),
      }),
    },
  ],
});
rows.push(row("POST /api/v1/auth/register", registration, bare));
// Only accounts actually created count (each request comes from its own address through the
// trusted proxy hop, so the per-address limit does not refuse them).
const registered = registration["2xx"] / DURATION;

const hashWindowEnd = Date.now() + DURATION * 1000;
let hashes = 0;
await Promise.all(
  Array.from({ length: os.availableParallelism() }, async () => {
    while (Date.now() < hashWindowEnd) {
      await hashPassword("violet tram orbit canvas");
      hashes++;
    }
  }),
);
const hashRate = hashes / DURATION;

// JavaScript weight of each wizard route on a first visit (empty cache), as the browser saw it.
const sessions: Record<string, Awaited<ReturnType<typeof creatorAt>> | null> = {
  "/bench/page": null,
  "/": null,
  "/register": null,
  "/login": null,
  "/onboarding/terms": await creatorAt("terms"),
  "/onboarding/profile": await creatorAt("profile"),
  "/onboarding/payouts": await creatorAt("payouts"),
  "/onboarding/done": await creatorAt("done"),
  "/dashboard": await creatorAt("done"),
};
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const weights: Array<{ route: string; "JS files": number; "JS gzip KB": number }> = [];
for (const [route, user] of Object.entries(sessions)) {
  const context = await browser.newContext({ baseURL: base });
  if (user) {
    const cookie = await createSessionCookie({ id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion });
    await context.addCookies([{ name: cookie.name, value: cookie.value, url: base, httpOnly: true }]);
  }
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  await page.goto(route, { waitUntil: "networkidle" });
  if (new URL(page.url()).pathname !== route) throw new Error(`${route} redirected to ${page.url()}`);
  const sizes = await Promise.all(scripts);
  weights.push({ route, "JS files": sizes.length, "JS gzip KB": Number((sizes.reduce((sum, size) => sum + size, 0) / 1024).toFixed(1)) });
  await context.close();
}
await browser.close();

server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve));
await environment.close();

console.log("\nThroughput (one run, same machine; ratios are what to compare between runs; the yardstick is the bare route, the bare page for the wizard page)");
console.table(rows);
console.log(
  `Registration: ${registered.toFixed(1)} accounts/s vs argon2id bound ${hashRate.toFixed(1)} hashes/s on ${os.availableParallelism()} cores → ${((registered / hashRate) * 100).toFixed(0)} % of the crypto bound`,
);
const bareWeight = weights.find((weight) => weight.route === "/bench/page")!["JS gzip KB"];
console.log("\nJavaScript on a first visit (encoded bytes of script responses; ours = total minus the bare page's)");
console.table(weights.map((weight) => ({ ...weight, "ours KB": Number((weight["JS gzip KB"] - bareWeight).toFixed(1)) })));

const ratio = (target: string) => pairedRatios.get(target)!;
const creatorPages = weights.filter((weight) => weight.route.startsWith("/onboarding/") || weight.route === "/dashboard");
const ourWorstKb = Math.max(...creatorPages.map((weight) => weight["JS gzip KB"] - bareWeight));
const goals: Array<{ path: string; goal: string; measured: string; result: string }> = [
  { path: "POST /api/v1/auth/register", goal: "≥ 85 % of the argon2id hash rate", measured: `${((registered / hashRate) * 100).toFixed(0)} %`, result: registered / hashRate >= 0.85 ? "pass" : "FAIL" },
  { path: "GET /api/v1/onboarding/status (Bearer)", goal: "≥ 80 % of the bare route", measured: `${(ratio("GET /api/v1/onboarding/status (Bearer)") * 100).toFixed(0)} %`, result: ratio("GET /api/v1/onboarding/status (Bearer)") >= 0.8 ? "pass" : "FAIL" },
  { path: "webhook, new event", goal: "≥ 60 % of the bare route", measured: `${(ratio("POST /api/v1/webhooks/stripe (new event)") * 100).toFixed(0)} %`, result: ratio("POST /api/v1/webhooks/stripe (new event)") >= 0.6 ? "pass" : "FAIL" },
  { path: "webhook, already processed", goal: "≥ 90 % of the bare route", measured: `${(ratio("POST /api/v1/webhooks/stripe (already processed)") * 100).toFixed(0)} %`, result: ratio("POST /api/v1/webhooks/stripe (already processed)") >= 0.9 ? "pass" : "FAIL" },
  { path: "/onboarding/profile, signed in", goal: "≥ 50 % of the bare page", measured: `${(ratio("GET /onboarding/profile (signed in)") * 100).toFixed(0)} %`, result: ratio("GET /onboarding/profile (signed in)") >= 0.5 ? "pass" : "FAIL" },
  { path: `status p99 at ${lightRate} req/s`, goal: "≤ 1.5 × the bare route's p99", measured: `${p99Ratio("status").toFixed(2)} ×`, result: p99Ratio("status") <= 1.5 ? "pass" : "FAIL" },
  { path: `webhook p99 at ${lightRate} req/s`, goal: "≤ 1.5 × the bare route's p99", measured: `${p99Ratio("webhook").toFixed(2)} ×`, result: p99Ratio("webhook") <= 1.5 ? "pass" : "FAIL" },
  { path: "JavaScript, every creator page", goal: "our share ≤ 15 KB gzip", measured: `${ourWorstKb.toFixed(1)} KB (worst)`, result: ourWorstKb <= 15 ? "pass" : "FAIL" },
];
console.log("\nGoals (issue: performance to the limit)");
console.table(goals);
for (const { label, file, requests } of profiles) printProfileSummary(`CPU profile: ${label}`, summariseProfile(file), requests);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.availableParallelism(), node: process.version },
  settings: { durationSeconds: DURATION, connections: CONNECTIONS, alternatingWindows: ROUNDS },
  throughput: rows,
  registration: { perSecond: registered, argon2HashesPerSecond: hashRate, ratio: registered / hashRate },
  webhookAt200PerSecond: { p50: atRate.latency.p50, p99: atRate.latency.p99, median: percentile([atRate.latency.p50], 0.5) },
  pageWeight: weights,
  goals,
};
fs.writeFileSync("tests/bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log("\nwritten to tests/bench/results.json");
