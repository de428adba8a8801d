import { z } from "zod";
import { describe, expect, it } from "vitest";
import { apiRoute } from "@/lib/http/api-route";
import type { Operation } from "@/lib/http/operation";

// apiRoute() holds a handler to its operation's answers: outside production an answer that does
// not match its schema is an error (so the test that meets it fails), and a deprecated operation
// says so in every answer.

const Greeting = z.strictObject({ data: z.strictObject({ greeting: z.string(), at: z.iso.datetime() }) });

const GREET = { method: "get", path: "/api/v1/greeting", operationId: "greet", summary: "Greets", tag: "Test", responses: { 200: { description: "A greeting.", schema: Greeting } } } as const satisfies Operation;

const call = (handler: (request: Request) => Promise<Response>) => handler(new Request("http://localhost/api/v1/greeting"));

describe("apiRoute answers", () => {
  it("serialises dates and sends an answer that matches its schema", async () => {
    const route = apiRoute(GREET, async ({ reply }) => reply(200, { data: { greeting: "hello", at: new Date("2026-11-26T00:00:00Z") } }));
    const response = await call(route);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { greeting: "hello", at: "2026-11-26T00:00:00.000Z" } });
    expect(route.operation.operationId).toBe("greet");
  });

  it("refuses an answer with a field its schema does not name (500 outside production)", async () => {
    const route = apiRoute(GREET, async ({ reply }) => reply(200, { data: { greeting: "hello", at: new Date(), secret: "leaked" } as never }));
    const response = await call(route);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: "internal_error" } });
  });

  it("refuses an answer that misses a field", async () => {
    const route = apiRoute(GREET, async ({ reply }) => reply(200, { data: { greeting: "hello" } } as never));
    expect((await call(route)).status).toBe(500);
  });

  it("marks every answer of a deprecated operation with Deprecation, Sunset and the successor", async () => {
    const deprecated = { ...GREET, deprecated: { since: "2026-12-01", sunset: "2027-03-01", successor: "/api/v2/greeting" } } as const satisfies Operation;
    const route = apiRoute(deprecated, async ({ reply }) => reply(200, { data: { greeting: "hello", at: new Date() } }));
    const response = await call(route);
    expect(response.headers.get("deprecation")).toBe(`@${Date.parse("2026-12-01") / 1000}`);
    expect(response.headers.get("sunset")).toBe("Mon, 01 Mar 2027 00:00:00 GMT");
    expect(response.headers.get("link")).toBe('</api/v2/greeting>; rel="successor-version"');
  });
});

describe("apiRoute request bodies", () => {
  const ECHO = { ...GREET, method: "post", body: z.object({ name: z.string() }), responses: { 200: { description: "Echo.", schema: z.strictObject({ data: z.strictObject({ name: z.string() }) }) } } } as const satisfies Operation;
  const echo = apiRoute(ECHO, async ({ body, reply }) => reply(200, { data: { name: body.name } }));
  const post = (body: string, type: string) => echo(new Request("http://localhost/api/v1/greeting", { method: "POST", headers: { "content-type": type }, body }));

  it("refuses every body that is not JSON, as a page on another site could send it without a preflight", async () => {
    for (const [body, type] of [["name=L%C3%A9a", "application/x-www-form-urlencoded"], ['{"name":"Ana"}', "text/plain"], ["<name/>", "application/xml"]]) {
      const refused = await post(body, type);
      expect(refused.status).toBe(415);
      expect(await refused.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    }
    const untyped = await echo(new Request("http://localhost/api/v1/greeting", { method: "POST", body: new TextEncoder().encode('{"name":"Ana"}') }));
    expect(untyped.status).toBe(415);
    expect(await (await post("{name", "application/json")).json()).toMatchObject({ error: { code: "invalid_json" } });
    expect(await (await post('{"name":"Léa"}', "application/json; charset=utf-8")).json()).toEqual({ data: { name: "Léa" } });
  });

  it("reads an empty body as no fields (the schema then names what is missing)", async () => {
    for (const [body, type] of [["", "application/json"], ["  ", ""]] as const) {
      const empty = await post(body, type);
      expect(empty.status).toBe(422);
      expect(await empty.json()).toMatchObject({ error: { fields: { name: expect.any(String) } } });
    }
  });

  it("refuses a body whose declared length is over the limit before reading it, and one that grows past it while streamed", async () => {
    const declared = await echo(new Request("http://localhost/api/v1/greeting", { method: "POST", headers: { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) }, body: "{}" }));
    expect(declared.status).toBe(413);
    const chunk = new TextEncoder().encode(`"${"x".repeat(64 * 1024)}",`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 400) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await echo(new Request("http://localhost/api/v1/greeting", { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { code: "payload_too_large" } });
    expect(sent).toBeLessThan(400);
  });
});
