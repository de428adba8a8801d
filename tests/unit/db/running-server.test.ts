import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runningServerPort } from "@/lib/db/embedded-postgres";

// Whether a PostgreSQL already runs on a data folder, from its postmaster.pid (pid on line 1,
// port on line 4, as PostgreSQL documents the file).

const folders: string[] = [];
function folderWith(pidFile?: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ofm-pid-"));
  folders.push(folder);
  if (pidFile !== undefined) fs.writeFileSync(path.join(folder, "postmaster.pid"), pidFile);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("runningServerPort", () => {
  it("is the port of a live server", () => {
    expect(runningServerPort(folderWith(`${process.pid}\n/data\n1765000000\n54321\n/tmp\n127.0.0.1\n  1234  5678\nready\n`))).toBe(54321);
  });

  it("is null with no file, a file a crash left (its process gone) or a file that is not one", () => {
    expect(runningServerPort(folderWith())).toBeNull();
    expect(runningServerPort(folderWith("2147483646\n/data\n1765000000\n54321\n"))).toBeNull();
    expect(runningServerPort(folderWith("garbage"))).toBeNull();
    expect(runningServerPort(folderWith(`${process.pid}\n/data\n1765000000\nnot-a-port\n`))).toBeNull();
  });
});
