import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { listMigrations, MIGRATIONS_DIR, PRISMA_DIR } from "@/lib/db/migrations";

// Prisma's official schema engine compiled to WebAssembly. The native engine that the
// Prisma CLI downloads is unreachable offline; this one ships inside an npm package.
// See docs/decisions/001-offline-migrations.md.

export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const LOCKFILE_PATH = path.join(MIGRATIONS_DIR, "migration_lock.toml");
const NO_FILTERS = { externalTables: [], externalEnums: [] };
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Engine = wasmBindings.SchemaEngine;
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global before it aborts.
    const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message: (message: string) => void } };
    globals.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`schema engine panic: ${message}`) };
    const require = createRequire(import.meta.url);
    const wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
      "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    wasmBindings.__wbg_set_wasm(instance.exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * @prisma/adapter-pg 7.10 has no mapping for PostgreSQL's internal `"char"` type, which the
 * engine's catalogue queries return and read as characters. The pg client below reports
 * those columns as text (so the adapter accepts them) and remembers them per SQL text;
 * the adapter wrapper then labels them `Character` for the engine.
 */
const charColumnsBySql = new Map<string, number[]>();

class CatalogFriendlyClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const sql: string = typeof args[0] === "string" ? args[0] : args[0]?.text;
    const relabel = (result: pg.QueryResult | undefined) => relabelCharColumns(sql, result);
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error: Error | null, result: pg.QueryResult) => callback(error, relabel(result));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const pending = (super.query as any)(...args);
    return pending && typeof pending.then === "function" ? pending.then(relabel) : pending;
  }
}

function relabelCharColumns(sql: string, result: pg.QueryResult | undefined) {
  const charColumns: number[] = [];
  result?.fields?.forEach((field, index) => {
    if (field.dataTypeID !== PG_CHAR_OID) return;
    field.dataTypeID = PG_TEXT_OID;
    charColumns.push(index);
  });
  if (charColumns.length > 0) charColumnsBySql.set(sql, charColumns);
  return result;
}

type Queryable = { queryRaw: (query: SqlQuery) => Promise<SqlResultSet> };

function withCharColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsBySql.get(query.sql) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/**
 * @prisma/adapter-pg 7.10 runs a migration script by splitting it on every ";", which cuts
 * dollar-quoted bodies (functions, triggers) apart. PostgreSQL's simple query protocol runs a
 * whole multi-statement script as it is, so the script is sent in one piece.
 */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as unknown as { client: pg.Pool }).client;
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

function withCharColumnsAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => withCharColumns(await startTransaction(isolationLevel));
  return withWholeScripts(withCharColumns(adapter));
}

function catalogFriendlyFactory(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withCharColumnsAdapter(await factory.connect()),
    connectToShadowDb: async () => withCharColumnsAdapter(await factory.connectToShadowDb()),
  };
}

function connectionFields(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1),
  };
}

async function withEngine<T>(databaseUrl: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  await loadWasm();
  const pool = new pg.Pool({ ...connectionFields(databaseUrl), Client: CatalogFriendlyClient, max: 2 });
  const factory = new PrismaPg(pool);
  const schemaText = fs.readFileSync(SCHEMA_PATH, "utf8");
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(catalogFriendlyFactory(factory)),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end().catch(() => {});
  }
}

function migrationsList() {
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE_PATH, content: fs.existsSync(LOCKFILE_PATH) ? fs.readFileSync(LOCKFILE_PATH, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: listMigrations().map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: migration.sql } },
    })),
  };
}

/** Applies every pending migration in prisma/migrations; records them in `_prisma_migrations`. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}

/**
 * SQL that would bring a database built from the committed migrations up to schema.prisma.
 * Empty when they agree. `databaseUrl` must be a scratch database: it is reset and used as
 * the shadow database the migrations are replayed into.
 */
export async function pendingSchemaChanges(scratchDatabaseUrl: string, schemaText = fs.readFileSync(SCHEMA_PATH, "utf8")): Promise<string> {
  return withEngine(scratchDatabaseUrl, async (engine) => {
    const schemaFile = { path: SCHEMA_PATH, content: schemaText };
    await engine.reset({ filter: NO_FILTERS });
    await engine.applyMigrations({ migrationsList: migrationsList(), filters: NO_FILTERS });
    const diff = await engine.diff({
      from: { tag: "schemaDatasource", files: [schemaFile], configDir: PRISMA_DIR },
      to: { tag: "schemaDatamodel", files: [schemaFile] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (diff.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}
