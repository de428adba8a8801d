// `npm test`: static checks (lint, types), unit, integration (real PostgreSQL) and end-to-end
// (production build in Chromium) tests, then one line of totals over every layer.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { freePort } from "@/lib/db/embedded-postgres";
import { COVERAGE_DIR, mergedCoverage, printCoverage } from "./coverage";
import { ensureDebianPackage } from "./debian-package";

interface LayerResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

const RESULTS_DIR = "test-results";
fs.mkdirSync(RESULTS_DIR, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// CI stops a run at 90 minutes and then reports nothing; this run ends itself first, counting a
// command that hangs as failed. A hung command is killed with everything it started (its own
// process group: app instances, nginx, PostgreSQL, Chromium).
const RUN_BUDGET_MS = 75 * 60_000;
const COMMAND_LIMIT_MS = 25 * 60_000;
const runStarted = Date.now();

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  const started = Date.now();
  const limit = Math.max(0, Math.min(COMMAND_LIMIT_MS, runStarted + RUN_BUDGET_MS - started));
  console.log(`\n▸ ${command} ${args.join(" ")}`);
  const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv }, detached: true });
  const timer = setTimeout(() => {
    console.log(`  ✗ no end after ${Math.round(limit / 60_000)} min: stopped, counted as failed`);
    process.kill(-child.pid!, "SIGKILL");
  }, limit);
  return new Promise((resolve) => {
    child.once("exit", (code) => {
      clearTimeout(timer);
      console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve(code ?? 1);
    });
    child.once("error", () => resolve(1));
  });
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

async function vitestLayer(project: string): Promise<LayerResult> {
  const outputFile = `${RESULTS_DIR}/${project}.json`;
  fs.rmSync(outputFile, { force: true });
  const coverage = ["--coverage.enabled", `--coverage.reportsDirectory=${COVERAGE_DIR}/${project}`];
  const status = await run("node_modules/.bin/vitest", ["run", "--project", project, ...coverage, "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`]);
  return { name: project, ...vitestCounts(outputFile, status) };
}

/** What a vitest run's JSON report counts; a run that failed without saying why counts one failure. */
function vitestCounts(outputFile: string, status: number): Omit<LayerResult, "name"> {
  const report = readJson(outputFile) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: `exited ${status} without a report` };
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

async function staticLayer(): Promise<LayerResult> {
  // knip: no unused file, export or dependency (its ignore list, knip.jsonc, says why for each entry).
  const checks = [await run("node_modules/.bin/eslint", ["."]), await run("node_modules/.bin/tsc", ["--noEmit"]), await run("node_modules/.bin/knip", ["--no-progress"])];
  const failed = checks.filter((status) => status !== 0).length;
  return { name: "static", passed: checks.length - failed, failed, skipped: 0, note: "eslint, tsc, knip" };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PGBOUNCER = "/usr/sbin/pgbouncer";

/** Playwright drives Debian's Chromium (its own browser download is unreachable here). */
function ensureChromium(): boolean {
  return ensureDebianPackage(CHROMIUM, "chromium");
}

async function e2eLayer(built: boolean): Promise<LayerResult> {
  if (!built) return { name: "e2e", passed: 0, failed: 1, skipped: 0, note: "next build failed" };
  if (!ensureChromium()) return { name: "e2e", passed: 0, failed: 1, skipped: 0, note: "Chromium is not installed" };
  const outputFile = `${RESULTS_DIR}/e2e.json`;
  fs.rmSync(outputFile, { force: true });
  // A free port, so a dev server (or another run) on the default one cannot collide.
  const status = await run("node_modules/.bin/playwright", ["test"], { E2E_PORT: String(await freePort()) });
  const report = readJson(outputFile) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!report) return { name: "e2e", passed: 0, failed: 1, skipped: 0, note: `exited ${status} without a report` };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const missing = retakeReadmeScreenshots();
  const failed = unexpected + flaky + (status !== 0 && unexpected === 0 ? 1 : 0) + (missing.length > 0 ? 1 : 0);
  return { name: "e2e", passed: expected, failed, skipped, note: missing.length > 0 ? `README shows screenshots no test takes: ${missing.join(", ")}` : "README screenshots retaken" };
}

/**
 * The README's screenshots are the e2e run's own (tests/e2e/support.ts `screenshot`): each one it
 * shows is replaced by this run's picture of the same name, so they never drift from the app.
 * Returns those no test took.
 */
function retakeReadmeScreenshots(): string[] {
  const shown = [...fs.readFileSync("README.md", "utf8").matchAll(/\(docs\/screenshots\/([\w-]+\.png)\)/g)].map((match) => match[1]);
  const missing: string[] = [];
  for (const name of new Set(shown)) {
    const taken = `${RESULTS_DIR}/screenshots/${name}`;
    if (fs.existsSync(taken)) fs.copyFileSync(taken, `docs/screenshots/${name}`);
    else missing.push(name);
  }
  return missing;
}

// The integration files that work the database hardest (webhooks with their ordering rule and
// faults, the outbox, registration and sign-in, the admin's queries and the funnel's
// trigger-kept aggregates, the onboarding steps), run again on the oldest PostgreSQL major
// supported (15) after the embedded 18 ran every file.
const POSTGRES_15_SUITES = ["tests/integration/stripe", "tests/integration/outbox", "tests/integration/auth", "tests/integration/admin", "tests/integration/onboarding"];

async function postgres15Layer(): Promise<LayerResult> {
  const outputFile = `${RESULTS_DIR}/postgres-15.json`;
  fs.rmSync(outputFile, { force: true });
  const status = await run("node_modules/.bin/vitest", ["run", "--project", "integration", ...POSTGRES_15_SUITES, "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`], { INTEGRATION_POSTGRES: "15" });
  return { name: "postgres-15", note: `${POSTGRES_15_SUITES.map((suite) => suite.replace("tests/integration/", "")).join(", ")} on Debian's PostgreSQL 15`, ...vitestCounts(outputFile, status) };
}

// Node 24, the active LTS a new deployment picks (the Docker image's), beside this machine's
// Node 20: the official binary as the npm registry publishes it (the `node` package), fetched
// here like Chromium, nothing from elsewhere. Unit and integration suites and a production build.
const NODE_24_DIR = `${RESULTS_DIR}/node-24`;

async function node24Layer(): Promise<LayerResult> {
  const binary = `${process.cwd()}/${NODE_24_DIR}/node_modules/node/bin/node`;
  if (!fs.existsSync(binary) && (await run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", NODE_24_DIR, "node@24"])) !== 0) {
    return { name: "node-24", passed: 0, failed: 1, skipped: 0, note: "could not fetch the node@24 package" };
  }
  const onNode24 = { PATH: `${process.cwd()}/${NODE_24_DIR}/node_modules/node/bin:${process.env.PATH}` };
  let passed = 0;
  let failed = 0;
  for (const project of ["unit", "integration"]) {
    const outputFile = `${RESULTS_DIR}/node-24-${project}.json`;
    fs.rmSync(outputFile, { force: true });
    const status = await run(binary, ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`], onNode24);
    const counts = vitestCounts(outputFile, status);
    passed += counts.passed;
    failed += counts.failed;
  }
  // Last in the run: this build replaces the one the e2e and cluster layers served.
  const build = await run(binary, ["node_modules/next/dist/bin/next", "build"], onNode24);
  if (build === 0) passed += 1;
  else failed += 1;
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  return { name: "node-24", passed, failed, skipped: 0, note: `unit, integration and next build on Node ${version}` };
}

/** The short cluster run (two production instances behind nginx): one result per check. */
async function clusterLayer(built: boolean): Promise<LayerResult> {
  if (!built) return { name: "cluster", passed: 0, failed: 1, skipped: 0, note: "next build failed" };
  const outputFile = `${RESULTS_DIR}/cluster.json`;
  fs.rmSync(outputFile, { force: true });
  const status = await run("node_modules/.bin/tsx", ["tests/cluster/run.ts", "--short", "--no-build"]);
  const report = readJson(outputFile) as { passed: number; failed: number } | undefined;
  if (!report) return { name: "cluster", passed: 0, failed: 1, skipped: 0, note: `exited ${status} without a report` };
  return { name: "cluster", passed: report.passed, failed: report.failed + (status !== 0 && report.failed === 0 ? 1 : 0), skipped: 0, note: "two instances behind nginx, a rolling restart under load, short" };
}

// The production build comes before the integration layer: some of its tests run against it.
// The unit layer checks the alert rules with Prometheus's promtool.
ensureDebianPackage("/usr/bin/promtool", "prometheus");
const early = [await staticLayer(), await vitestLayer("unit")];
const built = (await run("node_modules/.bin/next", ["build"])) === 0;
// The pooler test runs the app through PgBouncer in transaction mode.
ensureDebianPackage(PGBOUNCER, "pgbouncer");
// The restore drill's test needs pg_dump and a server of the same major version: Debian's is 15.
ensureDebianPackage("/usr/lib/postgresql/15/bin/postgres", "postgresql-15");
const integration = await vitestLayer("integration");
const postgres15 = await postgres15Layer();
const coverage = mergedCoverage(["unit", "integration"]);
if (coverage) printCoverage(coverage);
const coverageLayer: LayerResult = coverage
  ? { name: "coverage", passed: coverage.passed ? 1 : 0, failed: coverage.passed ? 0 : 1, skipped: 0, note: `lib/ lines ${coverage.lines.toFixed(1)} %, branches ${coverage.branches.toFixed(1)} % (bar ${coverage.bar.lines}/${coverage.bar.branches})` }
  : { name: "coverage", passed: 0, failed: 1, skipped: 0, note: "no coverage was written" };
const cluster = await clusterLayer(built);
const e2e = await e2eLayer(built);
const layers = [...early, integration, postgres15, coverageLayer, cluster, e2e, await node24Layer()];
const total = layers.reduce((sum, layer) => ({ passed: sum.passed + layer.passed, failed: sum.failed + layer.failed, skipped: sum.skipped + layer.skipped }), { passed: 0, failed: 0, skipped: 0 });

console.log(`\nTest summary (${((Date.now() - runStarted) / 1000).toFixed(0)} s)`);
for (const layer of layers) {
  console.log(`  ${layer.name.padEnd(12)} ${String(layer.passed).padStart(4)} passed ${String(layer.failed).padStart(4)} failed ${String(layer.skipped).padStart(4)} skipped${layer.note ? `  (${layer.note})` : ""}`);
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
