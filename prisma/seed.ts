// npm run db:seed — one admin and a few creators at different onboarding steps, so the
// admin dashboard has something to show. Safe to run twice (upserts by email).
// npm run db:seed -- --creators 100000 — also N generated creators spread over steps and dates.
import { randomBytes } from "node:crypto";
import { openLocalDatabase } from "@/lib/db/local";
import type { OnboardingStep, Prisma } from "@/lib/generated/prisma/client";

const database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL });
process.env.DATABASE_URL = database.url;
const { db, disconnectDb } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { insertDemoCreators } = await import("@/lib/admin/demo-creators");

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

const STEP_ORDER: OnboardingStep[] = ["registered", "email_verified", "terms_accepted", "profile_completed", "stripe_started", "stripe_completed", "completed"];

function sessionFor(creator: SeedCreator): Prisma.OnboardingSessionCreateWithoutUserInput {
  const reached = (step: OnboardingStep) => STEP_ORDER.indexOf(creator.step) >= STEP_ORDER.indexOf(step);
  const at = (offsetDays: number) => ago(creator.startedDaysAgo - offsetDays);
  return {
    currentStep: creator.step,
    completed: creator.step === "completed",
    startedAt: ago(creator.startedDaysAgo),
    emailVerifiedAt: reached("email_verified") ? at(0.01) : null,
    termsAcceptedAt: reached("terms_accepted") ? at(0.02) : null,
    termsVersion: reached("terms_accepted") ? "2026-11-01" : null,
    profileCompletedAt: reached("profile_completed") ? at(0.03) : null,
    stripeStartedAt: reached("stripe_started") ? at(0.05) : null,
    stripeCompletedAt: reached("stripe_completed") ? at(1) : null,
    completedAt: reached("completed") ? at(1) : null,
  };
}

async function seedAdmin() {
  const email = (process.env.SEED_ADMIN_EMAIL ?? "admin@ofm.local").trim().toLowerCase();
  const password = process.env.SEED_ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await db.user.upsert({
    where: { email },
    update: { passwordHash, role: "admin" },
    create: { email, passwordHash, role: "admin", emailVerified: true, emailVerifiedAt: new Date(), acceptedTerms: true, acceptedTermsAt: new Date() },
  });
  console.log(`Admin: ${email} / ${password}`);
}

async function seedCreators() {
  const password = process.env.SEED_CREATOR_PASSWORD ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  for (const creator of CREATORS) {
    const activated = creator.step === "completed";
    const session = sessionFor(creator);
    await db.user.upsert({
      where: { email: creator.email },
      update: {},
      create: {
        email: creator.email,
        passwordHash,
        createdAt: ago(creator.startedDaysAgo),
        emailVerified: Boolean(session.emailVerifiedAt),
        emailVerifiedAt: session.emailVerifiedAt,
        acceptedTerms: Boolean(session.termsAcceptedAt),
        acceptedTermsAt: session.termsAcceptedAt,
        acceptedTermsVersion: session.termsVersion,
        onboardingSession: { create: session },
        profile: {
          create: {
            language: creator.language,
            onlyfansHandle: creator.handle,
            contentCategories: creator.handle ? ["fitness", "lifestyle"] : [],
            stripeAccountId: session.stripeStartedAt ? `acct_seed${creator.handle}` : null,
            stripeOnboardingCompleted: activated,
            stripeChargesEnabled: activated,
            stripePayoutsEnabled: activated,
            onboardingCompleted: activated,
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
