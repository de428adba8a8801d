import { generateKeyPairSync, randomBytes } from "node:crypto";
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

export type SandboxKeyKind = "sendgrid_event_key" | "sns_signing_key";

export interface SandboxKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
  /** The public key as SendGrid shows it (base64 of the DER SubjectPublicKeyInfo). */
  publicKeyBase64: string;
}

/** SendGrid signs its events with ECDSA P-256; SNS signs with RSA. */
function freshKeyPair(kind: SandboxKeyKind): SandboxKeyPair {
  const { privateKey, publicKey } = kind === "sendgrid_event_key" ? generateKeyPairSync("ec", { namedCurve: "prime256v1" }) : generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    publicKeyBase64: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  };
}

/** The sandbox's signing key of this kind for this database, created once (like the secrets). */
export async function sandboxKeyPair(databaseUrl: string, kind: SandboxKeyKind): Promise<SandboxKeyPair> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO sandbox_records (kind, id, data) VALUES ($1, 'default', $2) ON CONFLICT DO NOTHING`, [kind, freshKeyPair(kind)]);
    const { rows } = await client.query<{ data: SandboxKeyPair }>(`SELECT data FROM sandbox_records WHERE kind = $1 AND id = 'default'`, [kind]);
    return rows[0].data;
  } finally {
    await client.end();
  }
}
