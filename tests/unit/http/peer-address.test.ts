import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The hook that appends the socket's address to X-Forwarded-For (lib/http/peer-address.mjs).

let server: http.Server;
let url: string;

beforeAll(async () => {
  await import("@/lib/http/peer-address.mjs");
  server = http.createServer((request, response) => response.end(String(request.headers["x-forwarded-for"])));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("the peer address", () => {
  it("is the X-Forwarded-For of a direct request", async () => {
    expect(await (await fetch(url)).text()).toBe("127.0.0.1");
  });

  it("is appended after whatever the client wrote, so the right-most entry is always the socket's", async () => {
    expect(await (await fetch(url, { headers: { "x-forwarded-for": "203.0.113.7, 198.51.100.1" } })).text()).toBe("203.0.113.7, 198.51.100.1, 127.0.0.1");
  });
});
