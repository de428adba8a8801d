import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { claimsOf, sessionClaims } from "@/lib/auth/session-token";

const SECRET = "a-session-secret-of-thirty-two-characters-or-more";
const USER = { id: "user-1", email: "lea@example.com", role: "creator" as const, sessionVersion: 3 };

describe("session tokens (next-auth's own encoding)", () => {
  it("name the session with `sid`, which survives next-auth's renewals (a new jti each time)", async () => {
    const claims = sessionClaims(USER, "session");
    const first = (await decode({ token: await encode({ token: claims, secret: SECRET, maxAge: 60 }), secret: SECRET }))!;
    const renewed = (await decode({ token: await encode({ token: first, secret: SECRET, maxAge: 60 }), secret: SECRET }))!;
    expect(renewed.jti).not.toBe(first.jti);
    expect(claimsOf(renewed, "session")).toEqual({ userId: "user-1", sessionVersion: 3, kind: "session", tokenId: claims.sid });
    expect(claimsOf(first, "session")?.tokenId).toBe(claims.sid);
  });

  it("read a cookie issued before `sid` existed by its jti", async () => {
    const legacy = (await decode({ token: await encode({ token: { sub: "user-1", role: "creator", sv: 3, kind: "session" }, secret: SECRET, maxAge: 60 }), secret: SECRET }))!;
    expect(claimsOf(legacy, "session")).toEqual({ userId: "user-1", sessionVersion: 3, kind: "session", tokenId: legacy.jti });
  });

  it("are of one kind: a session is not an API token, and a token without our claims is nothing", async () => {
    const api = sessionClaims(USER, "api");
    expect(claimsOf(api, "session")).toBeNull();
    expect(claimsOf(api, "api")).toMatchObject({ kind: "api", tokenId: api.sid });
    expect(claimsOf({ sub: "user-1", kind: "session" }, "session")).toBeNull();
    expect(claimsOf(null, "session")).toBeNull();
    expect(sessionClaims(USER, "session").sid).not.toBe(sessionClaims(USER, "session").sid);
  });
});
