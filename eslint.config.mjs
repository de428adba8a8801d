import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The allowed import directions of docs/architecture.md: a layer never imports one above it.
const DOMAINS = ["auth", "onboarding", "stripe", "email", "automation", "admin", "outbox", "sandbox"];
const lib = (names) => names.map((name) => `./lib/${name}`);

const LAYERS = [
  // Next.js glue and UI sit on top of everything; nothing in lib/ or emails/ reaches back up.
  { target: ["./lib", "./emails"], from: ["./app", "./components"], message: "lib/ and emails/ never import app/ or components/ (thin glue on top, logic below)." },
  // Components present data they are given: no database, no route code.
  { target: "./components", from: ["./app", "./lib/db", "./lib/generated/prisma/client.ts"], message: "components/ are presentational: no data access, no app/ imports." },
  // The core knows nothing of the product.
  { target: ["./lib/db", "./lib/env.ts"], from: lib(DOMAINS), message: "lib/db and lib/env are the core: they import no domain module." },
  // HTTP plumbing authenticates (lib/auth) and translates (lib/i18n), and knows no other domain.
  { target: "./lib/http", from: lib(DOMAINS.filter((name) => name !== "auth")), message: "lib/http is plumbing: only lib/auth and lib/i18n above the core." },
  // Stripe code turns Stripe objects into facts; onboarding decides what they mean.
  { target: "./lib/stripe", from: lib(["auth", "onboarding", "email", "automation", "admin", "outbox"]), message: "lib/stripe reports facts: onboarding acts on them (docs/architecture.md)." },
  // Email renders and sends what it is given.
  { target: "./lib/email", from: lib(["auth", "onboarding", "stripe", "automation", "admin", "outbox"]), message: "lib/email renders and sends; the domain that owns an email prepares it." },
  { target: "./lib/onboarding", from: lib(["auth", "admin", "automation"]), message: "lib/onboarding does not depend on auth, admin or automation." },
  { target: "./lib/automation", from: lib(["auth", "admin", "stripe", "email"]), message: "lib/automation runs analyses; it knows no auth, admin, Stripe or email." },
  { target: "./lib/auth", from: lib(["admin", "stripe", "automation"]), message: "lib/auth does not depend on admin, Stripe or automation." },
  // The outbox relay is the composition root of side effects: domains only write rows.
  { target: lib(["auth", "onboarding", "stripe", "email", "automation/steps.ts", "automation/workflow.ts", "automation/local-runner.ts", "automation/engine.ts"]), from: ["./lib/outbox/relay.ts", "./lib/outbox/handlers.ts"], message: "Domains write outbox rows (lib/outbox/write.ts); only the composition root delivers them." },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["lib/generated/**", ".next/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"] },
  { files: ["lib/**/*.{ts,tsx,mjs}", "components/**/*.{ts,tsx}", "emails/**/*.{ts,tsx}"], rules: { "import/no-restricted-paths": ["error", { zones: LAYERS }] } },
];

export default config;
