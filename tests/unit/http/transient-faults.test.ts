import { describe, expect, it } from "vitest";
import { isTransientFault } from "@/lib/http/errors";

// What a retry may fix (503 with Retry-After) and what it cannot (500): Stripe's own transient
// errors, connection failures and PostgreSQL's shutdown and connection codes.

describe("isTransientFault", () => {
  it.each([
    ["Stripe unreachable", { type: "StripeConnectionError", message: "socket hang up" }],
    ["Stripe failing", { type: "StripeAPIError" }],
    ["Stripe rate limit", { type: "StripeRateLimitError" }],
    ["the database refusing connections", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["Prisma's pool timeout", { code: "P2024", message: "Timed out fetching a new connection" }],
    ["PostgreSQL shutting down", { message: "terminating connection due to administrator command (57P01)" }],
    ["too many clients", new Error("sorry, too many clients already")],
  ])("%s is transient", (_name, error) => {
    expect(isTransientFault(error)).toBe(true);
  });

  it.each([
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a unique violation", { code: "P2002", message: "Unique constraint failed" }],
    ["a card error", { type: "StripeCardError", message: "declined" }],
    ["nothing at all", undefined],
  ])("%s is not", (_name, error) => {
    expect(isTransientFault(error)).toBe(false);
  });
});
