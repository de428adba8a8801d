import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { randomIp } from "../../support/http";
import { createCreator, FACTORY_PASSWORD } from "../../factories/users";

// The sign-in form's next-auth configuration: its credentials check (the same authenticate()
// as the API, with the client address and browser), and the callbacks that shape the cookie.

type Authorize = (credentials: Record<string, string> | undefined, request: { headers: Record<string, string> }) => Promise<unknown>;

function authorize(credentials: Record<string, string> | undefined) {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize(credentials, { headers: { "x-forwarded-for": randomIp(), "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" } });
}

describe("next-auth's credentials provider", () => {
  it("signs in with the right password, recording the sign-in with its browser", async () => {
    const creator = await createCreator();
    expect(await authorize({ email: creator.email.toUpperCase(), password: FACTORY_PASSWORD })).toMatchObject({ id: creator.id, role: "creator" });
    expect(await db.signIn.findFirst({ where: { userId: creator.id } })).toMatchObject({ method: "password", userAgent: expect.stringContaining("Firefox") });
  });

  it("answers every refusal with its stable code only", async () => {
    const creator = await createCreator();
    await expect(authorize(undefined)).rejects.toThrow("invalid_credentials");
    await expect(authorize({ email: "not an email", password: "x" })).rejects.toThrow("invalid_credentials");
    await expect(authorize({ email: creator.email, password: "not the password at all" })).rejects.toThrow("invalid_credentials");
    await db.user.update({ where: { id: creator.id }, data: { disabledAt: new Date() } });
    await expect(authorize({ email: creator.email, password: FACTORY_PASSWORD })).rejects.toThrow("account_disabled");
  });
});

describe("next-auth's callbacks", () => {
  const { callbacks } = authOptions();

  it("put our claims in the cookie at sign-in, and leave a live session's alone afterwards", async () => {
    const user = { id: "user_1", email: "a@example.test", role: "creator", sessionVersion: 3 };
    const token = await callbacks!.jwt!({ token: { sub: "user_1" }, user } as never);
    expect(token).toMatchObject({ sub: "user_1", role: "creator", sv: 3, kind: "session", sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const creator = await createCreator();
    const live = { sub: creator.id, role: "creator", sv: 0, kind: "session", jti: randomUUID(), sid: randomUUID() };
    expect(await callbacks!.jwt!({ token: live } as never)).toEqual(live);
    // A cookie from before `sid` keeps its name: its jti becomes its sid.
    const legacy = { sub: creator.id, role: "creator", sv: 0, kind: "session", jti: randomUUID() };
    expect(await callbacks!.jwt!({ token: legacy } as never)).toEqual({ ...legacy, sid: legacy.jti });
  });

  // The session endpoint renewed, for 7 days, a cookie that every other reader already refused.
  it("refuse, as every reader does, a session a password change, a disabled account or a sign-out ended", async () => {
    const creator = await createCreator();
    const token = { sub: creator.id, role: "creator", sv: 0, kind: "session", jti: randomUUID(), exp: Math.floor(Date.now() / 1000) + 3600 };
    const renew = (candidate: object) => callbacks!.jwt!({ token: candidate } as never);
    await expect(renew({ ...token, sv: -1 })).rejects.toThrow("session was ended");
    await expect(renew({ sub: creator.id, role: "creator" })).rejects.toThrow("session was ended");
    await authOptions().events!.signOut!({ token } as never);
    await expect(renew(token)).rejects.toThrow("session was ended");
    const other = { ...token, jti: randomUUID() };
    expect(await renew(other)).toEqual({ ...other, sid: other.jti });
    await db.user.update({ where: { id: creator.id }, data: { disabledAt: new Date() } });
    await expect(renew(other)).rejects.toThrow("session was ended");
  });

  it("redirect only within our own origin", async () => {
    const origin = new URL(env().FRONTEND_URL).origin;
    expect(await callbacks!.redirect!({ url: "https://evil.example/steal", baseUrl: origin })).toBe(`${origin}/onboarding`);
    expect(await callbacks!.redirect!({ url: `${origin}/dashboard`, baseUrl: origin })).toBe(`${origin}/dashboard`);
  });

  it("expose the id and role in the session", async () => {
    const session = await callbacks!.session!({ session: { user: { email: "a@example.test" }, expires: "" }, token: { sub: "user_1", role: "admin" } } as never);
    expect(session.user).toMatchObject({ id: "user_1", role: "admin" });
  });
});
