// Where the CPU time of a profiled path went: self time by part of the stack, then the hottest
// functions. npm run bench with BENCH_PROFILE=<dir> writes one profile per path and prints
// this for each; `tsx tests/bench/profile-summary.ts <dir>` prints it again from the files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const PARTS: Array<[string, RegExp]> = [
  ["our code (app/, lib/)", /\/(app|lib)\/(?!generated)/],
  ["Prisma client and engine", /@prisma|\/lib\/generated\/prisma|query_compiler|\.wasm/],
  ["pg driver", /node_modules\/pg(-[a-z]+)?\//],
  ["zxcvbn (password strength)", /@zxcvbn-ts/],
  ["argon2", /argon2/],
  ["next-auth and jose (tokens)", /next-auth|jose|@panva/],
  ["React server rendering", /react-dom|react-server|\/react\//],
  ["Next.js", /next\/dist/],
  ["zod", /node_modules\/zod\//],
  ["other packages", /node_modules/],
  ["Node.js", /^node:|^internal\//],
];

export interface ProfileSummary {
  busySeconds: number;
  /** The in-process profiler's own start and stop (the inspector's `dispatch`), left out of every figure. */
  profilerSeconds: number;
  parts: Array<{ part: string; share: string }>;
  hottest: Array<{ function: string; share: string }>;
}

export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPart = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let profiler = 0;
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === "(idle)") return;
    const micros = profile.timeDeltas[index] ?? 0;
    if (functionName === "dispatch" && !url) {
      profiler += micros;
      return;
    }
    total += micros;
    const part = functionName === "(garbage collector)" ? "garbage collection" : (PARTS.find(([, pattern]) => pattern.test(url))?.[0] ?? (url ? "other" : "V8 / native (I/O, crypto, JSON)"));
    byPart.set(part, (byPart.get(part) ?? 0) + micros);
    const name = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(app|lib)\//, "$1/")}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
  const share = (micros: number) => `${((micros / total) * 100).toFixed(1)} %`;
  return {
    busySeconds: total / 1e6,
    profilerSeconds: profiler / 1e6,
    parts: [...byPart].sort((a, b) => b[1] - a[1]).map(([part, micros]) => ({ part, share: share(micros) })),
    hottest: [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => ({ function: name.slice(0, 110), share: share(micros) })),
  };
}

/** With `requests` (answered while profiled), also the main thread's CPU per request. */
export function printProfileSummary(label: string, summary: ProfileSummary, requests?: number): void {
  const perRequest = requests ? `, ${((summary.busySeconds * 1000) / requests).toFixed(2)} ms per request over ${requests} requests` : "";
  console.log(`\n${label}: ${summary.busySeconds.toFixed(1)} s of CPU${perRequest} (idle and the profiler's own ${summary.profilerSeconds.toFixed(2)} s excluded)`);
  console.table(summary.parts);
  console.table(summary.hottest);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const directory = process.argv[2];
  if (!directory) {
    console.error("usage: tsx tests/bench/profile-summary.ts <dir>");
    process.exit(2);
  }
  for (const file of fs.readdirSync(directory).filter((name) => name.endsWith(".cpuprofile")).sort()) {
    printProfileSummary(path.basename(file, ".cpuprofile"), summariseProfile(path.join(directory, file)));
  }
}
