// npm run db:migrate         apply prisma/migrations to DIRECT_DATABASE_URL / DATABASE_URL (or the embedded dev database)
// npm run db:diff -- <name>  write prisma/migrations/<timestamp>_<name>/migration.sql from schema changes
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openLocalDatabase } from "@/lib/db/local";
import { MIGRATIONS_DIR } from "@/lib/db/migrations";
import { applyMigrations, pendingSchemaChanges } from "@/lib/db/schema-engine";

const [command, name] = process.argv.slice(2);

async function migrate() {
  // Through a transaction-mode pooler, migrations take the direct connection.
  const database = await openLocalDatabase({ databaseUrl: process.env.DIRECT_DATABASE_URL ?? process.env.DATABASE_URL });
  try {
    // openLocalDatabase already migrated an embedded database; this reports the state.
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await database.stop();
  }
}

async function diff() {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:diff -- <snake_case_name>");
    process.exit(2);
  }
  // A throwaway server: the committed migrations are replayed into a scratch database
  // and compared with schema.prisma.
  const server = await openLocalDatabase({ ephemeral: true });
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query("CREATE DATABASE scratch");
  await admin.end();
  try {
    const sql = await pendingSchemaChanges(server.url.replace(/\/[^/]+$/, "/scratch"));
    if (!sql) {
      console.log("No changes: schema.prisma matches the migrations.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate.`);
  } finally {
    await server.stop();
  }
}

if (command === "migrate") await migrate();
else if (command === "diff") await diff();
else {
  console.error("usage: tsx scripts/db.ts migrate|diff <name>");
  process.exit(2);
}
