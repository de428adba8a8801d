import pg from "pg";
import { logger } from "@/lib/observability/logger";

// Where the sandboxes keep their state: the app's own database (table sandbox_records), so a
// restart loses nothing and every launcher on the same database (several app instances)
// sees the same Stripe accounts and the same mailbox.

export interface SandboxStore {
  get<T>(kind: string, id: string): Promise<T | null>;
  put(kind: string, id: string, data: unknown): Promise<void>;
  /** Inserts unless the key exists; true when this call inserted. */
  insert(kind: string, id: string, data: unknown): Promise<boolean>;
  /** Newest first. */
  list<T>(kind: string, limit?: number): Promise<T[]>;
  remove(kind: string, id: string): Promise<void>;
  clear(kind: string): Promise<void>;
  close(): Promise<void>;
}

export function sandboxStore(databaseUrl: string): SandboxStore {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", (error) => logger().warn({ err: error }, "sandbox store connection lost"));
  return {
    async get<T>(kind: string, id: string) {
      const { rows } = await pool.query<{ data: T }>("SELECT data FROM sandbox_records WHERE kind = $1 AND id = $2", [kind, id]);
      return rows[0]?.data ?? null;
    },
    async put(kind, id, data) {
      await pool.query(
        "INSERT INTO sandbox_records (kind, id, data, updated_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT (kind, id) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at",
        [kind, id, JSON.stringify(data)],
      );
    },
    async insert(kind, id, data) {
      const result = await pool.query("INSERT INTO sandbox_records (kind, id, data, updated_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING", [kind, id, JSON.stringify(data)]);
      return result.rowCount === 1;
    },
    async list<T>(kind: string, limit = 500) {
      const { rows } = await pool.query<{ data: T }>("SELECT data FROM sandbox_records WHERE kind = $1 ORDER BY updated_at DESC LIMIT $2", [kind, limit]);
      return rows.map((row) => row.data);
    },
    async remove(kind, id) {
      await pool.query("DELETE FROM sandbox_records WHERE kind = $1 AND id = $2", [kind, id]);
    },
    async clear(kind) {
      await pool.query("DELETE FROM sandbox_records WHERE kind = $1", [kind]);
    },
    close: () => pool.end(),
  };
}
