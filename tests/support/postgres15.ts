import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/db/embedded-postgres";
import { asPostgresWhenRoot } from "./system-user";

// Debian's PostgreSQL 15 (npm test installs the postgresql-15 package): the oldest major this
// app supports, and the one whose pg_dump the restore drill needs. Started on a private folder
// and port, with trust authentication on 127.0.0.1 only, and removed when stopped.

export const PG15_BIN = "/usr/lib/postgresql/15/bin";

export interface Postgres15 {
  /** The `postgres` database, as the `postgres` superuser. */
  url: string;
  stop: () => void;
}

function run(command: string, args: string[]) {
  const result = spawnSync(path.join(PG15_BIN, command), args, { encoding: "utf8", timeout: 120_000, ...asPostgresWhenRoot() });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stdout}${result.stderr}`);
}

export async function startPostgres15(): Promise<Postgres15> {
  if (!fs.existsSync(path.join(PG15_BIN, "postgres"))) throw new Error(`${PG15_BIN} is missing: npm test installs Debian's postgresql-15 package`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ofm-pg15-"));
  fs.chmodSync(root, 0o777);
  const dataDir = path.join(root, "data");
  const port = await freePort();
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8"]);
  run("pg_ctl", ["-D", dataDir, "-o", `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off`, "-l", path.join(root, "log"), "-w", "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      spawnSync(path.join(PG15_BIN, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"], { timeout: 60_000, ...asPostgresWhenRoot() });
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
