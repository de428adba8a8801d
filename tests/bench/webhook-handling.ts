// npm run bench:webhooks — time to handle one signed Stripe webhook in-process (signature
// check, Stripe re-read from the sandbox, transaction), over 500 events for 100 accounts.
import { benchEnvironment, percentile } from "./support";

const ACCOUNTS = 100;
const EVENTS = 500;

const environment = await benchEnvironment();
const { db } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { startPayoutsOnboarding } = await import("@/lib/onboarding/payouts");
const { POST: webhook } = await import("@/app/api/v1/webhooks/stripe/route");

const passwordHash = await hashPassword("bench password not used");
const accountIds: string[] = [];
for (let index = 0; index < ACCOUNTS; index++) {
  const user = await db.user.create({
    data: {
      email: `bench-${index}@example.test`,
      passwordHash,
      emailVerified: true,
      profile: { create: { country: "FR", onlyfansHandle: `bench${index}` } },
      onboardingSession: { create: { currentStep: "profile_completed", emailVerifiedAt: new Date(), termsAcceptedAt: new Date(), profileCompletedAt: new Date() } },
    },
  });
  accountIds.push((await startPayoutsOnboarding(user.id)).accountId);
  if (index % 2 === 0) await environment.stripe.completeOnboarding(accountIds[index], "complete", { hold: true });
}

const timings: number[] = [];
for (let index = 0; index < EVENTS; index++) {
  const { payload, header } = await environment.stripe.signedEvent(accountIds[index % ACCOUNTS]);
  const request = new Request("http://localhost/api/v1/webhooks/stripe", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: payload });
  const started = performance.now();
  const response = await webhook(request);
  await response.text();
  timings.push(performance.now() - started);
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
}
timings.sort((a, b) => a - b);
const activated = await db.outboxEvent.count({ where: { name: "creator/activated" } });
console.log(`webhook handling over ${EVENTS} signed events (${ACCOUNTS} accounts, ${activated} activations):`);
console.log(`  median ${percentile(timings, 0.5).toFixed(2)} ms · p90 ${percentile(timings, 0.9).toFixed(2)} ms · p99 ${percentile(timings, 0.99).toFixed(2)} ms · max ${timings.at(-1)!.toFixed(2)} ms`);
await environment.close();
