// The coverage of lib/ over the unit and integration runs, merged, against the committed bar
// (coverage-thresholds.json). Used by npm test (scripts/test.ts) and npm run test:coverage.
import fs from "node:fs";
import path from "node:path";
import libCoverage from "istanbul-lib-coverage";

export interface CoverageResult {
  lines: number;
  branches: number;
  functions: number;
  statements: number;
  bar: { lines: number; branches: number };
  target: { lines: number; branches: number };
  passed: boolean;
  lowest: Array<{ file: string; lines: number; branches: number; uncoveredLines: number }>;
}

export const COVERAGE_DIR = "test-results/coverage";

export function mergedCoverage(runs: string[]): CoverageResult | undefined {
  const map = libCoverage.createCoverageMap({});
  let found = 0;
  for (const run of runs) {
    const file = path.join(COVERAGE_DIR, run, "coverage-final.json");
    if (!fs.existsSync(file)) continue;
    map.merge(JSON.parse(fs.readFileSync(file, "utf8")));
    found++;
  }
  if (found === 0) return undefined;
  const summary = map.getCoverageSummary();
  const thresholds = JSON.parse(fs.readFileSync("coverage-thresholds.json", "utf8")) as { bar: { lines: number; branches: number }; target: { lines: number; branches: number } };
  const lowest = map
    .files()
    .map((file) => {
      const fileSummary = map.fileCoverageFor(file).toSummary();
      return { file: path.relative(process.cwd(), file), lines: fileSummary.lines.pct, branches: fileSummary.branches.pct, uncoveredLines: fileSummary.lines.total - fileSummary.lines.covered };
    })
    .sort((a, b) => b.uncoveredLines - a.uncoveredLines)
    .slice(0, 8);
  const result = { lines: summary.lines.pct, branches: summary.branches.pct, functions: summary.functions.pct, statements: summary.statements.pct, bar: thresholds.bar, target: thresholds.target, lowest };
  return { ...result, passed: result.lines >= thresholds.bar.lines && result.branches >= thresholds.bar.branches };
}

export function printCoverage(result: CoverageResult): void {
  console.log(`\nCoverage of lib/ (unit + integration): lines ${result.lines.toFixed(1)} %, branches ${result.branches.toFixed(1)} %, functions ${result.functions.toFixed(1)} %, statements ${result.statements.toFixed(1)} %`);
  console.log(`  bar: lines ≥ ${result.bar.lines} %, branches ≥ ${result.bar.branches} % (target ${result.target.lines} / ${result.target.branches} %) — ${result.passed ? "met" : "NOT met"}`);
  console.log("  most uncovered lines:");
  for (const entry of result.lowest) console.log(`    ${String(entry.uncoveredLines).padStart(4)}  ${entry.file} (lines ${entry.lines} %, branches ${entry.branches} %)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = process.argv.slice(2);
  const result = mergedCoverage(runs.length ? runs : ["unit", "integration"]);
  if (!result) {
    console.error(`No coverage in ${COVERAGE_DIR}: run npm test or npm run test:coverage first.`);
    process.exit(1);
  }
  printCoverage(result);
  process.exit(result.passed ? 0 : 1);
}
