import { randomBytes } from "node:crypto";
import pg from "pg";

// The sandboxes sign their webhooks (Stripe's, Resend's) with secrets that exist nowhere but
// in this database: generated on first use, then shared by every launcher (and app instance)
// that uses the same database. A constant in the repository would let anyone sign webhooks.

export type SandboxSecretKind = "stripe_webhook_secret" | "mail_webhook_secret";

/** Stripe's format (whsec_ + random) and Standard Webhooks' (whsec_ + base64 key) alike. */
function freshSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** The sandbox secret of this kind for this database, created once. */
export async function sandboxSecret(databaseUrl: string, kind: SandboxSecretKind): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Two launchers starting at once both insert; the first row wins and both read it back.
    await client.query(`INSERT INTO sandbox_records (kind, id, data) VALUES ($1, 'default', $2) ON CONFLICT DO NOTHING`, [kind, { secret: freshSecret() }]);
    const { rows } = await client.query<{ data: { secret: string } }>(`SELECT data FROM sandbox_records WHERE kind = $1 AND id = 'default'`, [kind]);
    return rows[0].data.secret;
  } finally {
    await client.end();
  }
}

/** A secret for a throwaway sandbox (tests, one-off commands). */
export function throwawaySecret(): string {
  return freshSecret();
}
