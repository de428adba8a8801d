import { describe, expect, it } from "vitest";
import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { decodeJwt, encodeJwt } from "@/lib/auth/session-token";

const SECRET = "a-session-secret-of-thirty-two-characters-or-more";
const CLAIMS = { sub: "user-1", role: "creator", sv: 3, kind: "session" };

function tampered(token: string): string {
  const parts = token.split(".");
  const ciphertext = parts[3];
  parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
  return parts.join(".");
}

describe("session tokens (next-auth's format, with the derived key kept)", () => {
  it("reads what next-auth sealed, and next-auth reads what it seals: cookies issued before a deploy stay valid", async () => {
    const fromNextAuth = await nextAuthEncode({ token: CLAIMS, secret: SECRET, maxAge: 60 });
    expect(await decodeJwt({ token: fromNextAuth, secret: SECRET })).toMatchObject(CLAIMS);

    const ours = await encodeJwt({ token: CLAIMS, secret: SECRET, maxAge: 60 });
    const read = await nextAuthDecode({ token: ours, secret: SECRET });
    expect(read).toMatchObject(CLAIMS);
    expect(read?.exp).toBe((read?.iat as number) + 60);
    expect(read?.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives every token its own id, so two issued in the same second differ", async () => {
    const first = await encodeJwt({ token: CLAIMS, secret: SECRET, maxAge: 60 });
    const second = await encodeJwt({ token: CLAIMS, secret: SECRET, maxAge: 60 });
    expect(first).not.toBe(second);
  });

  it("refuses another secret's token, an expired one, a tampered one and garbage, as null rather than an exception", async () => {
    const token = await encodeJwt({ token: CLAIMS, secret: SECRET, maxAge: 60 });
    expect(await decodeJwt({ token, secret: `${SECRET}-rotated` })).toBeNull();
    expect(await decodeJwt({ token: tampered(token), secret: SECRET })).toBeNull();
    expect(await decodeJwt({ token: "not.a.token.at.all", secret: SECRET })).toBeNull();
    expect(await decodeJwt({ token: undefined, secret: SECRET })).toBeNull();

    const expired = await encodeJwt({ token: CLAIMS, secret: SECRET, maxAge: -60 });
    expect(await decodeJwt({ token: expired, secret: SECRET })).toBeNull();
  });

  it("derives the key again when the secret changes, so a rotated secret takes effect without a restart", async () => {
    const before = await encodeJwt({ token: CLAIMS, secret: SECRET, maxAge: 60 });
    const rotated = `${SECRET}-rotated`;
    const after = await encodeJwt({ token: CLAIMS, secret: rotated, maxAge: 60 });
    expect(await decodeJwt({ token: after, secret: rotated })).toMatchObject(CLAIMS);
    expect(await decodeJwt({ token: before, secret: rotated })).toBeNull();
    expect(await decodeJwt({ token: before, secret: SECRET })).toMatchObject(CLAIMS);
  });
});
