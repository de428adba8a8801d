import fs from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";

// A V8 CPU profile of this server process over one stretch of load, so `npm run bench` can
// say where the time of each path goes (the issue asks per path, and a whole-run profile
// mixes them). One profile at a time: starting again replaces the running one.

let running: Session | null = null;

export async function startCpuProfile(): Promise<void> {
  await running?.post("Profiler.stop").catch(() => undefined);
  running?.disconnect();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // 200 µs between samples: fine enough for requests of a millisecond, cheap enough to keep load.
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  running = session;
}

/** Writes the profile taken since the start as `<directory>/<name>.cpuprofile`; null when none runs. */
export async function stopCpuProfile(directory: string, name: string): Promise<string | null> {
  const session = running;
  if (!session) return null;
  running = null;
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  await fs.mkdir(directory, { recursive: true });
  const file = path.join(directory, `${name}.cpuprofile`);
  await fs.writeFile(file, JSON.stringify(profile));
  return file;
}
