// The client address as reported by the proxy in front of us (Next's own server sets
// x-forwarded-for too). The first entry is the original client.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
