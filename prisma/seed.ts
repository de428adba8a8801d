// npm run db:seed — one admin and a few creators at different onboarding steps, so the
// admin dashboard has something to show. Safe to run twice (upserts by email).
// npm run db:seed -- --creators 100000 — also N generated creators spread over steps and dates.
import { randomBytes } from "node:crypto";
import { openLocalDatabase } from "@/lib/db/local";
import type { OnboardingStep } from "@/lib/generated/prisma/client";

const database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL });
if (database.shared) console.log(`▸ Seeding the embedded PostgreSQL the app is running (${database.url})`);
process.env.DATABASE_URL = database.url;
const { db, disconnectDb } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { insertDemoCreators } = await import("@/lib/admin/demo-creators");
const { MILESTONES } = await import("@/lib/onboarding/machine");
const { onboardingSnapshot } = await import("@/lib/onboarding/snapshot");

function creatorsArgument(): number {
  const index = process.argv.indexOf("--creators");
  if (index < 0) return 0;
  const count = Number(process.argv[index + 1]);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    console.error("--creators takes a whole number between 1 and 1 000 000");
    process.exit(2);
  }
  return count;
}

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

interface SeedCreator {
  email: string;
  step: OnboardingStep;
  language: string;
  handle?: string;
  startedDaysAgo: number;
}

const CREATORS: SeedCreator[] = [
  { email: "new.creator@example.com", step: "registered", language: "en", startedDaysAgo: 0.2 },
  { email: "lea.martin@example.com", step: "email_verified", language: "fr", startedDaysAgo: 6 },
  { email: "sam.rivers@example.com", step: "terms_accepted", language: "en", startedDaysAgo: 3 },
  { email: "ines.dubois@example.com", step: "profile_completed", language: "fr", handle: "ines.creates", startedDaysAgo: 9 },
  { email: "mia.stone@example.com", step: "stripe_started", language: "en", handle: "miastone", startedDaysAgo: 12 },
  { email: "nora.vale@example.com", step: "completed", language: "en", handle: "noravale", startedDaysAgo: 20 },
];

/** The creator's rows at their step, from the state machine, milestones a few minutes apart. */
function snapshotFor(creator: SeedCreator) {
  const order = MILESTONES.map((definition) => definition.milestone);
  return onboardingSnapshot(creator.step, (milestone) => ago(creator.startedDaysAgo - 0.01 * (order.indexOf(milestone) + 1)));
}

async function seedAdmin() {
  const email = (process.env.SEED_ADMIN_EMAIL ?? "admin@ofm.local").trim().toLowerCase();
  const password = process.env.SEED_ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await db.user.upsert({
    where: { email },
    update: { passwordHash, role: "admin" },
    create: { email, passwordHash, role: "admin", emailVerified: true, emailVerifiedAt: new Date() },
  });
  console.log(`Admin: ${email} / ${password}`);
}

async function seedCreators() {
  const password = process.env.SEED_CREATOR_PASSWORD ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  for (const creator of CREATORS) {
    const { session, user, profile } = snapshotFor(creator);
    const activated = session.completed;
    await db.user.upsert({
      where: { email: creator.email },
      update: {},
      create: {
        email: creator.email,
        passwordHash,
        createdAt: ago(creator.startedDaysAgo),
        ...user,
        onboardingSession: { create: { ...session, startedAt: ago(creator.startedDaysAgo) } },
        profile: {
          create: {
            language: creator.language,
            onlyfansHandle: creator.handle,
            contentCategories: creator.handle ? ["fitness", "lifestyle"] : [],
            stripeAccountId: session.stripeStartedAt ? `acct_seed${creator.handle}` : null,
            stripeOnboardingCompleted: activated,
            stripeChargesEnabled: activated,
            stripePayoutsEnabled: activated,
            payoutState: activated ? "active" : session.stripeStartedAt ? "in_progress" : "not_started",
            ...profile,
            activatedAt: session.stripeCompletedAt,
          },
        },
      },
    });
  }
  console.log(`Creators (new ones get password ${password}):`);
  for (const creator of CREATORS) console.log(`  ${creator.email.padEnd(28)} ${creator.step}`);
}

try {
  await seedAdmin();
  await seedCreators();
  const generated = creatorsArgument();
  if (generated) {
    const started = Date.now();
    await insertDemoCreators(generated, await hashPassword(randomBytes(16).toString("base64url")));
    console.log(`Generated creators: ${generated.toLocaleString("en-US")} in ${((Date.now() - started) / 1000).toFixed(1)} s (sign in disabled: random password)`);
  }
} finally {
  await disconnectDb();
  await database.stop();
}
