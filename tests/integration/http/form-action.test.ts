import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createSessionCookie } from "@/lib/auth/session-token";
import { AppError } from "@/lib/http/errors";
import { formAction, guardedAction } from "@/lib/http/form-action";
import { randomIp } from "../../support/http";
import { createAdmin, createCreator } from "../../factories/users";

// The guard every server action goes through, run against the real database and sessions. Only
// Next's request context (headers() and cookies(), which exist inside a request) is supplied here.

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
}));

async function as(user: { id: string; email: string; role: "creator" | "admin"; sessionVersion: number } | null, language?: "fr") {
  request.headers = new Headers({ "x-forwarded-for": randomIp() });
  request.cookies = new Map(language ? [["ofm_language", language]] : []);
  if (user) {
    const cookie = await createSessionCookie(user);
    request.headers.set("cookie", `${cookie.name}=${cookie.value}`);
  }
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  data.append("$ACTION_ID_abc", "");
  return data;
}

const Note = z.object({ body: z.string().min(3, { error: "validation_failed" }), tags: z.array(z.string()).optional(), password: z.string().optional() });
const IDLE = { status: "idle" } as const;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("formAction", () => {
  it("hands the parsed input and the caller to the action, and echoes the fields but never a secret", async () => {
    const creator = await createCreator();
    await as(creator);
    const run = vi.fn(async () => undefined);
    const action = formAction({ schema: Note, auth: true }, run);
    const state = await action(IDLE as never, form({ body: "hello", tags: ["a", "b"], password: "hunter2 hunter2" }));
    expect(state).toEqual({ status: "success", values: { body: "hello", tags: ["a", "b"] } });
    expect(run).toHaveBeenCalledWith({ body: "hello", tags: ["a", "b"], password: "hunter2 hunter2" }, expect.objectContaining({ user: expect.objectContaining({ id: creator.id }), language: "en" }));
  });

  it("answers invalid input with the fields' messages in the visitor's language, keeping what was typed", async () => {
    await as(null, "fr");
    const state = await formAction({ schema: Note }, async () => undefined)(IDLE as never, form({ body: "x" }));
    expect(state).toMatchObject({ status: "error", code: "validation_failed", values: { body: "x" } });
    expect(state.fields?.body).toBeTruthy();
    expect(state.message).not.toBe("validation_failed");
  });

  it("refuses a signed-out caller with the session-expired message, and a wrong role with forbidden", async () => {
    await as(null);
    const run = vi.fn(async () => undefined);
    expect(await formAction({ schema: Note, auth: true }, run)(IDLE as never, form({ body: "hello" }))).toMatchObject({ status: "error", code: "unauthenticated" });
    await as(await createCreator());
    expect(await formAction({ schema: Note, auth: { roles: ["admin"] } }, run)(IDLE as never, form({ body: "hello" }))).toMatchObject({ status: "error", code: "forbidden" });
    expect(run).not.toHaveBeenCalled();
  });

  it("counts the rate limit per IP and email, and answers 429's code when it is spent", async () => {
    await as(null);
    const action = formAction({ schema: z.object({ email: z.string() }), rateLimit: { name: "password_forgot", email: (input) => input.email } }, async () => undefined);
    const answers = [];
    for (let index = 0; index < 4; index++) answers.push((await action(IDLE as never, form({ email: "limit@example.test" }))).status);
    expect(answers).toEqual(["success", "success", "success", "error"]);
    expect(await action(IDLE as never, form({ email: "limit@example.test" }))).toMatchObject({ code: "rate_limited" });
  });

  it("maps what the action throws: its AppError, a database outage as service_unavailable, anything else as internal_error", async () => {
    await as(null);
    const failing = (error: unknown) => formAction({ schema: Note }, async () => Promise.reject(error))(IDLE as never, form({ body: "hello" }));
    expect(await failing(new AppError("email_taken", 409, "Another account uses this address now.", { email: "email_taken" }))).toMatchObject({ code: "email_taken", fields: { email: expect.any(String) } });
    expect(await failing(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toMatchObject({ code: "service_unavailable" });
    expect(await failing(new Error("a bug"))).toMatchObject({ code: "internal_error" });
  });

  it("lets the action's redirect through", async () => {
    await as(null);
    const { redirect } = await import("next/navigation");
    await expect(formAction({ schema: Note }, async () => redirect("/dashboard"))(IDLE as never, form({ body: "hello" }))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});

describe("guardedAction", () => {
  it("runs the action for the allowed role", async () => {
    const admin = await createAdmin();
    await as(admin);
    const run = vi.fn(async () => {});
    await guardedAction({ schema: Note, auth: { roles: ["admin"] } }, run)(form({ body: "hello" }));
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ body: "hello" }), expect.objectContaining({ user: expect.objectContaining({ id: admin.id }) }));
  });

  it("sends a signed-out caller to sign in, and answers a wrong role with the 403 page", async () => {
    // What next.config.ts's experimental.authInterrupts sets in the built app.
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    await as(null);
    await expect(guardedAction({ schema: Note, auth: true }, async () => {})(form({ body: "hello" }))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/login") });
    await as(await createCreator());
    await expect(guardedAction({ schema: Note, auth: { roles: ["admin"] } }, async () => {})(form({ body: "hello" }))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;403") });
  });

  it("lets other errors reach the error page", async () => {
    await as(null);
    await expect(guardedAction({ schema: Note }, async () => {})(form({ body: "x" }))).rejects.toMatchObject({ code: "validation_failed" });
  });
});
