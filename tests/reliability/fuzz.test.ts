import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as resend } from "@/app/api/v1/auth/verify-email/resend/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { POST as start } from "@/app/api/v1/stripe/connect/start/route";
import { POST as webhook } from "@/app/api/v1/webhooks/stripe/route";
import { db } from "@/lib/db";
import { SCALE } from "../support/concurrency";
import { randomIp } from "../support/http";
import { createCreatorReadyForPayouts, FACTORY_PASSWORD } from "../factories/users";

const RUNS = Math.max(100, Math.round(1000 * SCALE));

type Handler = (request: Request) => Promise<Response>;

/** Malformed bodies: any JSON value, broken JSON, wrong shapes, unknown fields, bad UTF-8, huge. */
const malformedBody = fc.oneof(
  fc.jsonValue().map((value) => ({ body: JSON.stringify(value) as BodyInit, type: "application/json" })),
  fc.string({ maxLength: 300 }).map((text) => ({ body: `{${text}` as BodyInit, type: "application/json" })),
  fc.record({ email: fc.anything(), password: fc.anything(), language: fc.anything(), role: fc.constant("admin"), extra: fc.object() }).map((value) => ({ body: JSON.stringify(value) as BodyInit, type: "application/json" })),
  fc.uint8Array({ minLength: 1, maxLength: 400 }).map((bytes) => ({ body: Buffer.from(bytes) as unknown as BodyInit, type: "application/json" })),
  fc.constantFrom("text/plain", "application/xml", "multipart/form-data; boundary=x", "", "application/json; charset=latin1").chain((type) => fc.string({ maxLength: 200 }).map((text) => ({ body: text as BodyInit, type }))),
  fc.integer({ min: 70_000, max: 600_000 }).map((size) => ({ body: JSON.stringify({ email: "a@b.c", password: "x".repeat(size) }) as BodyInit, type: "application/json" })),
);

async function counts() {
  const [users, events, tokens, outbox] = await Promise.all([db.user.count(), db.stripeEvent.count(), db.verificationToken.count(), db.outboxEvent.count()]);
  return { users, events, tokens, outbox };
}

describe(`fuzzing the public endpoints (${RUNS} bodies each)`, () => {
  const endpoints: Array<[string, Handler, () => Promise<Record<string, string>>]> = [
    ["POST /api/v1/auth/register", register, async () => ({})],
    ["POST /api/v1/auth/token", issueToken, async () => ({})],
    ["POST /api/v1/auth/verify-email/resend", resend, async () => ({})],
    ["POST /api/v1/webhooks/stripe", webhook, async () => ({ "stripe-signature": "t=1,v1=abc" })],
    [
      "POST /api/v1/stripe/connect/start (authenticated)",
      start,
      async () => {
        const creator = await createCreatorReadyForPayouts();
        const token = (await issueToken(new Request("http://localhost/api/v1/auth/token", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": randomIp() }, body: JSON.stringify({ email: creator.email, password: FACTORY_PASSWORD }) })).then((response) => response.json())).data.access_token;
        return { authorization: `Bearer ${token}` };
      },
    ],
  ];

  it.each(endpoints)("%s: no 5xx and no row written", async (name, handler, headersFor) => {
    const extraHeaders = await headersFor();
    const before = await counts();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(malformedBody, async ({ body, type }) => {
        const headers: Record<string, string> = { "x-forwarded-for": randomIp(), ...extraHeaders };
        if (type) headers["content-type"] = type;
        const response = await handler(new Request(`http://localhost${name.split(" ")[1]}`, { method: "POST", headers, body }));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        if (response.status >= 400) expect(JSON.parse(text).error.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: RUNS, seed: 4242 },
    );
    console.log(`${name}: ${[...statuses].map(([status, count]) => `${status}×${count}`).join(" ")}`);
    const after = await counts();
    // The authenticated start may create the creator's one Stripe account and its session state;
    // nothing else may change.
    expect(after).toEqual(before);
  });
});
