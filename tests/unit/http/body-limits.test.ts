import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { operations } from "@/lib/api/operations";

// Three places bound a request body: nginx (client_max_body_size), the Next.js proxy (which
// buffers at most proxyClientMaxBodySize and then hands the route a body silently cut short),
// and each route's own maxBodyBytes. A route that accepts more than the layers in front of it
// would see a truncated body, and a signed webhook would fail its signature for no reason.

const largestRouteBody = Math.max(...Object.values(operations).map((operation) => ("maxBodyBytes" in operation ? (operation.maxBodyBytes ?? 0) : 0)));

describe("body size limits", () => {
  it("the proxy buffers more than any route accepts (so a cut-off body is always refused as too large)", async () => {
    const { default: config } = await import("@/next.config");
    const proxyLimit = Number(config.experimental?.proxyClientMaxBodySize);
    expect(largestRouteBody).toBe(1024 * 1024);
    expect(proxyLimit).toBeGreaterThan(largestRouteBody);
  });

  it("nginx passes every body a route accepts", () => {
    const site = fs.readFileSync("ops/nginx/ofm-onboarding.conf", "utf8");
    const [, amount, unit] = site.match(/client_max_body_size\s+(\d+)([km]?);/i)!;
    const bytes = Number(amount) * (unit.toLowerCase() === "m" ? 1024 * 1024 : unit.toLowerCase() === "k" ? 1024 : 1);
    expect(bytes).toBeGreaterThanOrEqual(largestRouteBody);
  });
});
