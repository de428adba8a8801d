import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedDatabaseUrl, runningServerPort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/schema-engine";

export interface LocalDatabase {
  url: string;
  embedded: boolean;
  /** The embedded server was already running (the app, started by another command): used, not owned. */
  shared: boolean;
  stop: () => Promise<void>;
}

const DEV_DATA_DIR = path.resolve(".data/postgres");

function throwawayDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ofm-pg-"));
  // mkdtemp creates 0700; the `postgres` user (when we run as root) must be able to enter it.
  fs.chmodSync(parent, 0o755);
  return path.join(parent, "data");
}

/**
 * The database a command should use: DATABASE_URL when set (nothing is started), otherwise
 * the embedded PostgreSQL — persistent in .data/postgres, or a throwaway one for tests —
 * with every migration applied.
 */
export async function openLocalDatabase(options: { databaseUrl?: string; ephemeral?: boolean; dataDir?: string; log?: (line: string) => void }): Promise<LocalDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, shared: false, stop: async () => {} };

  // `npm run db:seed` (or the doctor) while `npm run dev` runs: the same database, the one the
  // app uses, instead of a second server refused by the first one's lock on the folder.
  const persistentDir = options.dataDir ?? DEV_DATA_DIR;
  const runningPort = options.ephemeral ? null : runningServerPort(persistentDir);
  if (runningPort !== null) {
    const url = embeddedDatabaseUrl(runningPort);
    await applyMigrations(url);
    return { url, embedded: true, shared: true, stop: async () => {} };
  }

  const dataDir = options.ephemeral ? throwawayDataDir() : persistentDir;
  const server = await startEmbeddedPostgres({ dataDir, persistent: !options.ephemeral, onLog: options.log });
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= server.stop().then(() => {
      if (options.ephemeral) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }));
  try {
    await applyMigrations(server.url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, embedded: true, shared: false, stop };
}
