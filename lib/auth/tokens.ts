import { createHash, createHmac, randomBytes } from "node:crypto";

// 32 random bytes = 256 bits of entropy; only the SHA-256 of a token is ever stored, so a
// database leak does not reveal usable links.
const TOKEN_BYTES = 32;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function createRandomToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/**
 * A token derived from an outbox row: the row that emails a link computes the same token
 * every time it is delivered (a retried send is byte-for-byte the same email, which the
 * provider's idempotency key requires), and only its hash is stored. 256 bits, unpredictable
 * without AUTH_SECRET.
 */
export function derivedToken(purpose: string, outboxId: string, secret: string): { token: string; tokenHash: string } {
  const token = createHmac("sha256", secret).update(`${purpose}:${outboxId}`).digest("base64url");
  return { token, tokenHash: hashToken(token) };
}
