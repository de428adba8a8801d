import { createHash, randomBytes } from "node:crypto";

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
