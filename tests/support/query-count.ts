import pg from "pg";

/**
 * The SQL statements sent to PostgreSQL while `work` runs (every client of the pool, Prisma's
 * included): how a test proves a path's round trips. Tests in a file run one at a time, so
 * nothing else is counted.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    const [text] = args;
    statements.push(typeof text === "string" ? text : String((text as { text?: string })?.text ?? ""));
    return (query as (...rest: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return statements;
}
