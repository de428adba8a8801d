// npm run ops:restore-drill — dump the database, restore it into a scratch database on the
// same server, and check the copy (migrations recorded, every table's rows and their checksum
// equal). Needs pg_dump and
// pg_restore of the server's major version (PATH or PG_BIN_DIR). See docs/operations.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const source = process.env.DIRECT_DATABASE_URL ?? process.env.DATABASE_URL;
if (!source) {
  console.error("Set DIRECT_DATABASE_URL (or DATABASE_URL) to the database to drill.");
  process.exit(2);
}
const bin = (name: string) => (process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : name);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface TableContent {
  rows: number;
  checksum: string;
}

// A count alone would not notice a restore that truncated a value or lost an encoding: each
// table's rows are hashed in a stable order as well.
async function tableContents(url: string): Promise<Record<string, TableContent>> {
  const tables = await query<{ name: string }>(url, "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const contents: Record<string, TableContent> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: string; checksum: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS checksum FROM ${name} t`);
    contents[name] = { rows: Number(row.n), checksum: row.checksum ?? "" };
  }
  return contents;
}

function timed<T>(label: string, work: () => T): T {
  const started = Date.now();
  const result = work();
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

const [{ server_version_num: versionNum }] = await query<{ server_version_num: string }>(source, "SHOW server_version_num");
const serverMajor = Math.floor(Number(versionNum) / 10000);
const dumpVersion = spawnSync(bin("pg_dump"), ["--version"], { encoding: "utf8" });
const dumpMajor = Number(dumpVersion.stdout?.match(/(\d+)\./)?.[1]);
if (dumpVersion.status !== 0 || dumpMajor !== serverMajor) {
  console.error(`pg_dump ${dumpMajor || "not found"} does not match the server's major version ${serverMajor}: install postgresql-client-${serverMajor} or set PG_BIN_DIR.`);
  process.exit(1);
}

const scratch = `ofm_restore_drill_${Date.now()}`;
const scratchUrl = (() => {
  const url = new URL(source);
  url.pathname = `/${scratch}`;
  return url.toString();
})();
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ofm-drill-")), "drill.dump");
console.log(`Restore drill of ${new URL(source).pathname.slice(1)} (PostgreSQL ${serverMajor})`);
try {
  const dump = timed("dump", () => spawnSync(bin("pg_dump"), ["--format=custom", "--no-owner", `--file=${file}`, source], { stdio: "inherit" }));
  if (dump.status !== 0) throw new Error("pg_dump failed");
  console.log(`  dump size: ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MiB`);
  await query(source, `CREATE DATABASE ${scratch}`);
  const restore = timed("restore", () => spawnSync(bin("pg_restore"), ["--no-owner", `--dbname=${scratchUrl}`, file], { stdio: "inherit" }));
  if (restore.status !== 0) throw new Error("pg_restore failed");
  const [original, copy] = await Promise.all([tableContents(source), tableContents(scratchUrl)]);
  const differing = Object.keys(original).filter((table) => original[table].rows !== copy[table]?.rows || original[table].checksum !== copy[table]?.checksum);
  const migrations = await query<{ n: string }>(scratchUrl, "SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL");
  console.log(`  tables: ${Object.keys(original).length}, rows: ${Object.values(original).reduce((sum, table) => sum + table.rows, 0)} (each table's checksum equal), migrations recorded: ${migrations[0].n}`);
  if (differing.length) throw new Error(`the copy differs in ${differing.join(", ")} (was the database written to during the drill?)`);
  console.log("Restore drill passed.");
} finally {
  await query(source, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
