import fs from "node:fs";

/** PostgreSQL and PgBouncer refuse to run as root: as root, tests start them as the postgres system user (the embedded PostgreSQL creates it). */
export function asPostgresWhenRoot(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  if (!line) throw new Error("no postgres system user (the embedded PostgreSQL creates it when run as root)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}
