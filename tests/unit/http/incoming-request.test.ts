import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodableTarget } from "@/lib/http/incoming-request.mjs";

// The hook that corrects every request before Next.js reads it (lib/http/incoming-request.mjs).

let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((request, response) => response.end(JSON.stringify({ forwarded: request.headers["x-forwarded-for"], url: request.url })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function seen(path = "/", headers: Record<string, string> = {}): Promise<{ forwarded: string; url: string }> {
  return (await fetch(`${url}${path}`, { headers })).json() as Promise<{ forwarded: string; url: string }>;
}

describe("the peer address", () => {
  it("is the X-Forwarded-For of a direct request", async () => {
    expect((await seen()).forwarded).toBe("127.0.0.1");
  });

  it("is appended after whatever the client wrote, so the right-most entry is always the socket's", async () => {
    expect((await seen("/", { "x-forwarded-for": "203.0.113.7, 198.51.100.1" })).forwarded).toBe("203.0.113.7, 198.51.100.1, 127.0.0.1");
  });
});

describe("a path that does not percent-decode", () => {
  it("has its percent signs read as literal characters, so Next.js's router never throws on it", async () => {
    expect((await seen("/admin/creators/%ZZ")).url).toBe("/admin/creators/%25ZZ");
    expect(decodableTarget("/admin/creators/%E0%A4%A?tab=x%ZZ")).toBe("/admin/creators/%25E0%25A4%25A?tab=x%ZZ");
    expect(decodeURIComponent(decodableTarget("/admin/creators/%E0%A4%A"))).toBe("/admin/creators/%E0%A4%A");
  });

  it("leaves every decodable path as it was", () => {
    for (const target of ["/", "/admin/creators/abc", "/caf%C3%A9", "/a%20b?x=%ZZ", "/api/v1/me"]) expect(decodableTarget(target)).toBe(target);
  });
});
