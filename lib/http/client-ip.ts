import { isIP } from "node:net";
import { env } from "@/lib/env";

// The client address for rate limits and the sign-in log. X-Forwarded-For is a list every
// proxy appends to, and the right-most entry is always the one this server's socket saw
// (lib/http/incoming-request.mjs). Only the entries our own proxies appended can be trusted:
// with TRUSTED_PROXY_HOPS = n the client is the n-th entry from the right, and whatever a
// client wrote to the left of it (or in X-Real-IP) is ignored.

const MAX_ENTRIES = 32;

function normalise(entry: string): string | null {
  const trimmed = entry.trim().replace(/^\[(.*)\]$/, "$1");
  const address = trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(address) ? address.toLowerCase() : null;
}

export function clientIpFrom(forwardedFor: string | null, trustedHops: number): string {
  // A hostile header can be any length: only the right-most entries matter.
  const entries = (forwardedFor ?? "").slice(-MAX_ENTRIES * 48).split(",").slice(-MAX_ENTRIES);
  const candidate = entries[entries.length - 1 - trustedHops];
  return (candidate !== undefined && normalise(candidate)) || "unknown";
}

export function clientIp(headers: Headers): string {
  return clientIpFrom(headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}
