import fs from "node:fs";
import path from "node:path";

// The committed migrations (prisma/migrations), read from disk: the schema engine applies them,
// and the doctor and the readiness probe compare them with what the database has recorded.

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

interface MigrationDirectory {
  name: string;
  dir: string;
  sql: string;
}

export function listMigrations(): MigrationDirectory[] {
  if (!fs.existsSync(MIGRATIONS_DIR)) return [];
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(MIGRATIONS_DIR, name);
      return { name, dir, sql: fs.readFileSync(path.join(dir, "migration.sql"), "utf8") };
    });
}

/** The committed migrations that the database has not recorded as applied (`_prisma_migrations`), oldest first. */
export function unappliedMigrations(applied: ReadonlySet<string>): string[] {
  return listMigrations()
    .map((migration) => migration.name)
    .filter((name) => !applied.has(name));
}
