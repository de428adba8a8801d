import { db, type PayoutState } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { MILESTONES, nextPage, reachablePages, wizardPages, type WizardPage } from "@/lib/onboarding/machine";
import { outstandingRequirements, storedRequirements } from "@/lib/stripe/facts";
import { TERMS_VERSION } from "@/lib/onboarding/terms";

/** The rows a creator's onboarding is read from, joined to the user in one query. */
export const ONBOARDING_ROWS = { profile: true, onboardingSession: true } as const satisfies Prisma.UserInclude;

export type UserWithOnboardingRows = Prisma.UserGetPayload<{ include: typeof ONBOARDING_ROWS }>;

/** Everything a wizard page or the status API needs about one creator, in one read. */
export async function loadOnboarding(userId: string) {
  return onboardingOf(await db.user.findUniqueOrThrow({ where: { id: userId }, include: ONBOARDING_ROWS, relationLoadStrategy: "join" }));
}

/** The same from rows already read (the signed-in user's read joins them: one query per request). */
export function onboardingOf(user: UserWithOnboardingRows) {
  if (!user.profile || !user.onboardingSession) throw new Error(`user ${user.id} has no creator profile or onboarding session`);
  const flags = onboardingFlags();
  const session = user.onboardingSession;
  return {
    user,
    profile: user.profile,
    session,
    flags,
    pages: wizardPages(flags),
    next: nextPage(session, flags),
    reachable: reachablePages(session, flags),
    payout: payoutView(user.profile),
  };
}

export type Onboarding = ReturnType<typeof onboardingOf>;

/** What the creator (and the status API) are shown of their payouts. */
export function payoutView(profile: {
  payoutState: PayoutState;
  stripeRequirements: unknown;
  stripeFutureRequirements: unknown;
  stripeCurrentDeadline: Date | null;
  stripeDisabledReason: string | null;
  stripeSyncedAt: Date | null;
  payoutsPausedAt: Date | null;
}) {
  const requirements = storedRequirements(profile.stripeRequirements);
  const future = storedRequirements(profile.stripeFutureRequirements);
  return {
    state: profile.payoutState,
    /** What Stripe wants now, most urgent first. */
    requirementsDue: [...new Set([...requirements.pastDue, ...requirements.currentlyDue])],
    pendingVerification: requirements.pendingVerification,
    errors: requirements.errors,
    /** What Stripe will ask for later (future_requirements), and by when it must be given. */
    futureDue: outstandingRequirements(future),
    futureDeadline: future.currentDeadline ? new Date(future.currentDeadline * 1000) : null,
    deadline: profile.stripeCurrentDeadline,
    disabledReason: profile.stripeDisabledReason,
    checkedAt: profile.stripeSyncedAt,
    pausedAt: profile.payoutsPausedAt,
  };
}

export type PayoutView = ReturnType<typeof payoutView>;

export function pageUrl(page: WizardPage): string {
  return `/onboarding/${page}`;
}

export const DASHBOARD_URL = "/dashboard";

// Once the creator has sent everything to Stripe, only Stripe can move them on (sometimes a day
// later): they wait on their dashboard rather than in the wizard.
const WAITING_FOR_STRIPE = new Set<PayoutState>(["verifying", "under_review"]);

/** Whether the dashboard is open to this creator: finished, or waiting for Stripe's verdict. */
export function dashboardOpen(onboarding: Pick<Onboarding, "next" | "payout">): boolean {
  return onboarding.next === "done" || (onboarding.next === "payouts" && WAITING_FOR_STRIPE.has(onboarding.payout.state));
}

/** Where a creator resumes (sign-in, the /onboarding entry, after a step): the dashboard once it is open. */
export function resumeUrl(onboarding: Pick<Onboarding, "next" | "payout">): string {
  return dashboardOpen(onboarding) ? DASHBOARD_URL : pageUrl(onboarding.next);
}

/** The status API's view: current step, completed steps with times, what comes next. */
export function onboardingStatus(onboarding: Onboarding) {
  const { session, profile, flags } = onboarding;
  return {
    current_step: session.currentStep,
    completed: session.completed,
    started_at: session.startedAt,
    completed_at: session.completedAt,
    completed_steps: MILESTONES.filter((definition) => definition.appliesWhen(flags)).flatMap((definition) => {
      const at = session[definition.timestamp];
      return at ? [{ step: definition.milestone, at }] : [];
    }),
    next_step: onboarding.next === "done" ? null : { page: onboarding.next, url: pageUrl(onboarding.next) },
    payout: {
      state: onboarding.payout.state,
      charges_enabled: profile.stripeChargesEnabled,
      payouts_enabled: profile.stripePayoutsEnabled,
      details_submitted: profile.stripeOnboardingCompleted,
      requirements_due: onboarding.payout.requirementsDue,
      pending_verification: onboarding.payout.pendingVerification,
      requirement_errors: onboarding.payout.errors,
      current_deadline: onboarding.payout.deadline,
      disabled_reason: onboarding.payout.disabledReason,
      paused_at: onboarding.payout.pausedAt,
      activated_at: profile.activatedAt,
    },
    features: { email_verification: flags.emailVerification, stripe_connect: flags.stripeConnect },
    terms_version: TERMS_VERSION,
  };
}
