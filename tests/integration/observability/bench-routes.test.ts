import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/bench/noop/route";
import { GET as read } from "@/app/api/bench/read/route";
import { createCreator } from "../../factories/users";
import { withEnv } from "../../support/env";

const post = (body: string, headers: Record<string, string> = {}) => POST(new Request("http://localhost/api/bench/noop", { method: "POST", headers: { "content-type": "application/json", ...headers }, body }));

describe("the bench's bare routes", () => {
  it("do not exist outside bench mode", async () => {
    await withEnv({ BENCH_MODE: undefined }, async () => {
      expect(GET().status).toBe(404);
      expect((await post("{}")).status).toBe(404);
      expect((await read(new Request("http://localhost/api/bench/read?id=x"))).status).toBe(404);
    });
  });

  it("answer at once, the POST after reading its body, and refuse a declared body over 1 MB", async () => {
    await withEnv({ BENCH_MODE: "1" }, async () => {
      expect(await GET().json()).toEqual({ ok: true });
      expect(await (await post("x".repeat(5000))).json()).toEqual({ ok: true, bytes: 5000 });
      expect((await post("{}", { "content-length": String(2 * 1024 * 1024) })).status).toBe(413);
    });
  });

  it("read one user once, and refuse a request without an id", async () => {
    const creator = await createCreator();
    await withEnv({ BENCH_MODE: "1" }, async () => {
      expect(await (await read(new Request(`http://localhost/api/bench/read?id=${creator.id}`))).json()).toEqual({ user: { id: creator.id, sessionVersion: creator.sessionVersion } });
      expect((await read(new Request("http://localhost/api/bench/read"))).status).toBe(400);
      expect((await read(new Request(`http://localhost/api/bench/read?id=${"x".repeat(65)}`))).status).toBe(400);
    });
  });
});
