import { afterEach, describe, expect, it, vi } from "vitest";
import { optionalPageUser, requirePageUser } from "@/lib/auth/page-guard";
import { createSessionCookie } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { FLASH_COOKIE, readFlash, setFlash } from "@/lib/http/flash";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { LANGUAGE_COOKIE } from "@/lib/i18n";
import { currentLanguage } from "@/lib/i18n/server";
import { createAdmin, createCreator } from "../../factories/users";

// The helpers pages and actions use inside a request (the visitor's language, one-time toasts,
// page guards), against the real database; Next's request context is supplied here.

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>(), set: [] as Array<{ name: string; value: string; options: Record<string, unknown> }> }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => {
      request.set.push({ name, value, options });
      request.cookies.set(name, value);
    },
  }),
}));

async function visit(options: { user?: { id: string; email: string; role: "creator" | "admin"; sessionVersion: number }; cookies?: Record<string, string>; acceptLanguage?: string } = {}) {
  request.headers = new Headers(options.acceptLanguage ? { "accept-language": options.acceptLanguage } : {});
  request.cookies = new Map(Object.entries(options.cookies ?? {}));
  request.set = [];
  if (options.user) {
    const cookie = await createSessionCookie(options.user);
    request.headers.set("cookie", `${cookie.name}=${cookie.value}`);
  }
}

afterEach(() => vi.unstubAllEnvs());

describe("the visitor's language", () => {
  it("is the header switch's cookie first, then the creator's profile, then the browser's, then English", async () => {
    const creator = await createCreator();
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { language: "fr" } });
    await visit({ cookies: { [LANGUAGE_COOKIE]: "en" }, user: creator });
    expect(await currentLanguage()).toBe("en");
    await visit({ user: creator, acceptLanguage: "en-GB" });
    expect(await currentLanguage()).toBe("fr");
    await visit({ acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.5" });
    expect(await currentLanguage()).toBe("fr");
    await visit({ acceptLanguage: "de-DE", cookies: { [LANGUAGE_COOKIE]: "klingon" } });
    expect(await currentLanguage()).toBe("en");
  });
});

describe("one-time toasts", () => {
  it("round-trip through a short-lived cookie the browser can remove", async () => {
    await visit();
    await setFlash({ tone: "success", key: "toasts.profileSaved", values: { name: "Léa" } });
    expect(request.set[0]).toMatchObject({ name: FLASH_COOKIE, options: { maxAge: 60, httpOnly: false, sameSite: "lax", path: "/" } });
    expect(await readFlash()).toEqual({ tone: "success", key: "toasts.profileSaved", values: { name: "Léa" } });
  });

  it("hold a catalogue key only, and a forged or broken cookie shows nothing", async () => {
    await visit();
    await expect(setFlash({ tone: "success", key: "<script>alert(1)</script>" })).rejects.toThrow();
    await visit({ cookies: { [FLASH_COOKIE]: Buffer.from(JSON.stringify({ tone: "success", key: "free text with spaces!" })).toString("base64url") } });
    expect(await readFlash()).toBeNull();
    await visit({ cookies: { [FLASH_COOKIE]: "not-base64-json" } });
    expect(await readFlash()).toBeNull();
    await visit();
    expect(await readFlash()).toBeNull();
  });
});

describe("page guards", () => {
  it("send a signed-out visitor to sign in and back, refuse a wrong role, and let the right one in", async () => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    await visit();
    expect(await optionalPageUser()).toBeNull();
    await expect(requirePageUser({ returnTo: "/settings" })).rejects.toMatchObject({ digest: expect.stringContaining("/login?callbackUrl=%2Fsettings") });
    const creator = await createCreator();
    await visit({ user: creator });
    await expect(requirePageUser({ roles: ["admin"] })).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    const admin = await createAdmin();
    await visit({ user: admin });
    expect(await requirePageUser({ roles: ["admin"] })).toMatchObject({ id: admin.id, role: "admin" });
  });

  it("send a refusal to the page that explains it, and let other errors reach the error page", async () => {
    expect(await redirectOnAppError(async () => 42, "/onboarding/payouts")).toBe(42);
    await expect(redirectOnAppError(() => Promise.reject(new AppError("stripe_unavailable", 503, "down")), "/onboarding/payouts")).rejects.toMatchObject({ digest: expect.stringContaining("/onboarding/payouts?error=stripe_unavailable") });
    await expect(redirectOnAppError(() => Promise.reject(new Error("a bug")), "/onboarding/payouts")).rejects.toThrow("a bug");
  });
});
