// tsx tests/bench/profile-summary.ts <dir> — where the CPU time of the profiled server processes
// went (npm run bench with BENCH_PROFILE=<dir>): self time by part of the stack, then the
// hottest functions.
import fs from "node:fs";
import path from "node:path";

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
  ["React server rendering", /react-dom|react-server|\/react\//],
  ["Next.js", /next\/dist/],
  ["zod", /node_modules\/zod\//],
  ["other packages", /node_modules/],
  ["Node.js", /^node:|^internal\//],
];

const directory = process.argv[2];
if (!directory) {
  console.error("usage: tsx tests/bench/profile-summary.ts <dir>");
  process.exit(2);
}
const byPart = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const file of fs.readdirSync(directory).filter((name) => name.endsWith(".cpuprofile"))) {
  const profile = JSON.parse(fs.readFileSync(path.join(directory, file), "utf8")) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === "(idle)") return;
    const micros = profile.timeDeltas[index] ?? 0;
    total += micros;
    const part = functionName === "(garbage collector)" ? "garbage collection" : (PARTS.find(([, pattern]) => pattern.test(url))?.[0] ?? (url ? "other" : "V8 / native"));
    byPart.set(part, (byPart.get(part) ?? 0) + micros);
    const name = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(app|lib)\//, "$1/")}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
}
const share = (micros: number) => `${((micros / total) * 100).toFixed(1)} %`;
console.log(`CPU time (idle excluded): ${(total / 1e6).toFixed(1)} s`);
console.table([...byPart].sort((a, b) => b[1] - a[1]).map(([part, micros]) => ({ part, share: share(micros) })));
console.table([...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([name, micros]) => ({ function: name.slice(0, 110), share: share(micros) })));
