import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";

describe("the client address", () => {
  it("with no trusted proxy, is what this server's socket saw (the right-most entry), whatever the client wrote", () => {
    expect(clientIpFrom("203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientIpFrom("1.2.3.4, 5.6.7.8, 203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind n trusted proxies, is the n-th entry from the right", () => {
    // The client wrote 1.2.3.4; nginx appended the address it saw; our hook appended nginx's.
    expect(clientIpFrom("1.2.3.4, 198.51.100.9, 127.0.0.1", 1)).toBe("198.51.100.9");
    expect(clientIpFrom("1.2.3.4, 198.51.100.9, 10.0.0.2, 127.0.0.1", 2)).toBe("198.51.100.9");
  });

  it("normalises IPv4-mapped and bracketed IPv6 addresses", () => {
    expect(clientIpFrom("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientIpFrom("[2001:DB8::1]", 0)).toBe("2001:db8::1");
  });

  it("is 'unknown' (one shared bucket) for garbage, missing headers or too few hops", () => {
    expect(clientIpFrom("not-an-address", 0)).toBe("unknown");
    expect(clientIpFrom(null, 0)).toBe("unknown");
    expect(clientIpFrom("203.0.113.7", 1)).toBe("unknown");
  });

  it("never grows with the header: a 10 KB header is cut to its right-most entries", () => {
    const hostile = `${"9.9.9.9, ".repeat(1200)}203.0.113.7`;
    expect(hostile.length).toBeGreaterThan(10_000);
    expect(clientIpFrom(hostile, 0)).toBe("203.0.113.7");
    expect(clientIpFrom("x".repeat(20_000), 0)).toBe("unknown");
  });
});
