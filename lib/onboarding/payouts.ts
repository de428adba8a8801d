import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { sameOriginUrl } from "@/lib/http/redirects";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { isDone } from "@/lib/onboarding/machine";
import { enqueueEmail, enqueueJobEvent, outboxWritten } from "@/lib/outbox/write";
import { createConnectedAccount, createDashboardLink, createOnboardingLink, findUnrecordedAccount, retrieveAccountFacts } from "@/lib/stripe/accounts";
import { classifyStripeError, stripeAppError } from "@/lib/stripe/errors";
import { outstandingRequirements, type AccountFacts } from "@/lib/stripe/facts";
import { payoutState, type PayoutState } from "@/lib/stripe/payout-state";
import { accountPlan } from "@/lib/stripe/platform";

// Payouts, as onboarding sees them: lib/stripe reports what Stripe says about an account, and
// this module decides what it means for the creator. It owns the transitions — activation
// (the welcome email and the analyses), payouts lost after activation (paused or disconnected,
// with an email), and their return — and writes their outbox rows in the same transaction.

export type PayoutChange = "activated" | "paused" | "resumed" | "disconnected" | null;

export interface ApplyResult {
  outcome: "applied" | "stale" | "unknown_account";
  userId?: string;
  change: PayoutChange;
}

/** What Stripe said: an account's facts, or that we can no longer read it. */
export type StripeObservation = { kind: "account"; facts: AccountFacts } | { kind: "disconnected"; accountId: string };

/**
 * An event's snapshot that is within a second of the state we hold (one-second `created`): which
 * came first cannot be told, so the caller reads the account instead. Thrown inside the
 * transaction, so nothing it wrote stays.
 */
export class AmbiguousSnapshot extends Error {}

/** The profile columns a transition reads, under the row lock (`LOCKED_PROFILE_COLUMNS`). */
export interface LockedProfile {
  user_id: string;
  stripe_synced_at: Date | null;
  stripe_disconnected_at: Date | null;
  activated_at: Date | null;
  payouts_paused_at: Date | null;
  stripe_onboarding_completed: boolean;
  stripe_charges_enabled: boolean;
  stripe_payouts_enabled: boolean;
  stripe_disabled_reason: string | null;
  stripe_requirements_due: unknown;
}

export const LOCKED_PROFILE_COLUMNS = Prisma.raw(
  "user_id, stripe_synced_at, stripe_disconnected_at, activated_at, payouts_paused_at, stripe_onboarding_completed, stripe_charges_enabled, stripe_payouts_enabled, stripe_disabled_reason, stripe_requirements_due",
);

function accountIdOf(observation: StripeObservation): string {
  return observation.kind === "account" ? observation.facts.accountId : observation.accountId;
}

/** The profile columns an observation writes, including the payout state derived from them. */
function profileUpdate(observation: StripeObservation, locked: LockedProfile, activated: boolean, observedAt: Date): Prisma.CreatorProfileUpdateInput & { payoutState: PayoutState } {
  if (observation.kind === "disconnected") {
    const due = Array.isArray(locked.stripe_requirements_due) ? (locked.stripe_requirements_due as string[]) : [];
    const state = payoutState({ hasAccount: true, disconnected: true, activated, detailsSubmitted: locked.stripe_onboarding_completed, chargesEnabled: locked.stripe_charges_enabled, payoutsEnabled: locked.stripe_payouts_enabled, disabledReason: locked.stripe_disabled_reason, requirementsDue: due });
    return { stripeDisconnectedAt: observedAt, stripeSyncedAt: observedAt, payoutState: state };
  }
  const { facts } = observation;
  const due = outstandingRequirements(facts.requirements);
  const state = payoutState({ hasAccount: true, disconnected: false, activated, detailsSubmitted: facts.detailsSubmitted, chargesEnabled: facts.chargesEnabled, payoutsEnabled: facts.payoutsEnabled, disabledReason: facts.requirements.disabledReason, requirementsDue: due });
  return {
    stripeOnboardingCompleted: facts.detailsSubmitted,
    stripeChargesEnabled: facts.chargesEnabled,
    stripePayoutsEnabled: facts.payoutsEnabled,
    stripeRequirementsDue: due,
    stripeRequirements: facts.requirements as unknown as Prisma.InputJsonValue,
    stripeFutureRequirements: facts.futureRequirements as unknown as Prisma.InputJsonValue,
    stripeCurrentDeadline: facts.requirements.currentDeadline ? new Date(facts.requirements.currentDeadline * 1000) : null,
    stripeDisabledReason: facts.requirements.disabledReason,
    stripeDisconnectedAt: null,
    stripeSyncedAt: observedAt,
    payoutState: state,
    ...(facts.country ? { country: facts.country } : {}),
  };
}

/**
 * Marks the Stripe steps done. Stripe's word is final: if the creator somehow skipped an
 * earlier wizard step, the payout state is still stored and the gap is logged, not fatal.
 */
async function completeStripeSteps(tx: Prisma.TransactionClient, userId: string, at: Date): Promise<void> {
  try {
    const session = await tx.onboardingSession.findUniqueOrThrow({ where: { userId } });
    if (!isDone(session, "stripe_started")) await advanceOnboarding(tx, userId, "stripe_started", {}, at);
    if (!isDone(session, "stripe_completed")) await advanceOnboarding(tx, userId, "stripe_completed", {}, at);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "illegal_transition")) throw error;
    logger().warn({ userId, reason: error.details }, "activated creator has unfinished earlier steps");
  }
}

/**
 * Stores what Stripe said about an account, observed at `observedAt`: an older observation never
 * overwrites a newer one, whatever order webhooks arrive in. Decides the transition:
 * - first time it can charge and pay out → activated: steps completed, welcome email, analyses;
 * - an activated account that no longer can (or is disconnected) → paused: the creator is emailed;
 * - a paused account that can again → resumed (analyses are not run again).
 */
export async function applyStripeObservation(
  observation: StripeObservation,
  observedAt: Date,
  options: { within?: (tx: Prisma.TransactionClient) => Promise<void>; eventAt?: Date; snapshot?: boolean } = {},
): Promise<ApplyResult> {
  const result = await db.$transaction(async (tx) => {
    await options.within?.(tx);
    const [locked] = await tx.$queryRaw<LockedProfile[]>`SELECT ${LOCKED_PROFILE_COLUMNS} FROM creator_profiles WHERE stripe_account_id = ${accountIdOf(observation)} FOR UPDATE`;
    return applyToLockedProfile(tx, locked, observation, observedAt, options);
  });
  return announced(result);
}

/**
 * The transition an observation makes on a profile the caller locked in `tx` (undefined: no
 * profile holds the account). The caller passes the result to `announced` once committed.
 */
export async function applyToLockedProfile(
  tx: Prisma.TransactionClient,
  locked: LockedProfile | undefined,
  observation: StripeObservation,
  observedAt: Date,
  options: { eventAt?: Date; snapshot?: boolean },
): Promise<ApplyResult> {
  if (!locked) return { outcome: "unknown_account", change: null };
  // Checked under the row lock: another delivery may have stored a state since the caller looked.
  if (options.snapshot && locked.stripe_synced_at && Math.abs(locked.stripe_synced_at.getTime() - observedAt.getTime()) <= 1000) throw new AmbiguousSnapshot();
  const eventAt = options.eventAt ? { stripeEventAt: options.eventAt } : {};
  if (locked.stripe_synced_at && locked.stripe_synced_at > observedAt) {
    if (options.eventAt) await noteEventTime(tx, accountIdOf(observation), options.eventAt);
    return { outcome: "stale", userId: locked.user_id, change: null };
  }

  const canOperate = observation.kind === "account" && observation.facts.chargesEnabled && observation.facts.payoutsEnabled;
  let change: PayoutChange = null;
  if (canOperate && !locked.activated_at) change = "activated";
  else if (canOperate && locked.payouts_paused_at) change = "resumed";
  else if (!canOperate && locked.activated_at && !locked.payouts_paused_at) change = observation.kind === "disconnected" ? "disconnected" : "paused";

  const update = profileUpdate(observation, locked, Boolean(locked.activated_at) || change === "activated", observedAt);
  await tx.creatorProfile.update({
    where: { userId: locked.user_id },
    data: {
      ...update,
      ...eventAt,
      ...(change === "activated" ? { activatedAt: observedAt } : {}),
      ...(change === "paused" || change === "disconnected" ? { payoutsPausedAt: observedAt } : {}),
      ...(change === "resumed" ? { payoutsPausedAt: null } : {}),
    },
  });
  await recordTransition(tx, locked.user_id, accountIdOf(observation), change, observedAt);
  return { outcome: "applied", userId: locked.user_id, change };
}

/** An event older than the state we hold changes nothing but the time of the newest event seen. */
export async function noteEventTime(tx: Prisma.TransactionClient, accountId: string, eventAt: Date): Promise<void> {
  await tx.$executeRaw`UPDATE creator_profiles SET stripe_event_at = GREATEST(stripe_event_at, ${eventAt}) WHERE stripe_account_id = ${accountId}`;
}

/** After the commit: the relay is woken for the transition's outbox rows, and the transition counted. */
export function announced(result: ApplyResult): ApplyResult {
  if (result.change) {
    outboxWritten();
    metrics().payoutTransitions.inc({ change: result.change });
    if (result.change === "activated") metrics().activations.inc();
  }
  return result;
}

async function recordTransition(tx: Prisma.TransactionClient, userId: string, accountId: string, change: PayoutChange, at: Date): Promise<void> {
  if (change === "activated") {
    await completeStripeSteps(tx, userId, at);
    await enqueueEmail(tx, "welcome", { userId });
    // With automation turned off there is nothing to announce to the job engine.
    if (env().FEATURE_MARKETING_AUTOMATION) await enqueueJobEvent(tx, "creator/activated", { userId, stripeAccountId: accountId, activatedAt: at.toISOString() });
  }
  if (change === "paused" || change === "disconnected") await enqueueEmail(tx, "payouts-paused", { userId });
}

function assertStripeEnabled(): void {
  if (!env().FEATURE_STRIPE_CONNECT) throw new AppError("feature_disabled", 404, "Stripe Connect is turned off for this agency.");
}

export interface ConnectLinks {
  returnUrl?: string;
  refreshUrl?: string;
}

/** Only our own front end may receive the creator back from Stripe: anything else is an open redirect. */
export function allowedRedirect(url: string | undefined, fallback: string, field: "return_url" | "refresh_url"): string {
  if (!url) return fallback;
  const resolved = /^https?:\/\//i.test(url) ? sameOriginUrl(url) : null;
  if (!resolved) throw new AppError("return_url_not_allowed", 400, `${field} must be an absolute URL on ${new URL(env().FRONTEND_URL).origin}.`, { [field]: "not_allowed" });
  return resolved.toString();
}

const STALE_ATTEMPT_MS = 60_000;

/**
 * The creator's connected account, created on first use, with no database transaction open
 * during the Stripe call: the attempt is recorded first (a request key that concurrent and
 * retried attempts share, so they are one idempotent request at Stripe), then Stripe is called,
 * then the answer stored. An attempt a crash left unrecorded is found again by its metadata.
 */
async function ensureAccount(userId: string, now = new Date()): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true } });
  const profile = user.profile!;
  if (profile.stripeAccountId && !profile.stripeDisconnectedAt) return profile.stripeAccountId;
  const plan = profile.country ? accountPlan(profile.country) : null;
  if (!plan) throw new AppError("stripe_country_unsupported", 422, "Stripe cannot open a payouts account in your country of residence.", { country: "stripe_country_unsupported" });

  // Only while no account is connected: a concurrent request that stored one in the meantime
  // has also cleared the key, and a fresh key here would open a second account.
  const [attempt] = await db.$queryRaw<Array<{ key: string; requested_at: Date }>>`
    UPDATE creator_profiles SET stripe_account_request_key = COALESCE(stripe_account_request_key, ${randomBytes(9).toString("base64url")}),
                                stripe_account_requested_at = COALESCE(stripe_account_requested_at, ${now})
    WHERE user_id = ${userId} AND (stripe_account_id IS NULL OR stripe_disconnected_at IS NOT NULL)
    RETURNING stripe_account_request_key AS key, stripe_account_requested_at AS requested_at`;
  if (!attempt) return (await db.creatorProfile.findUniqueOrThrow({ where: { userId }, select: { stripeAccountId: true } })).stripeAccountId!;
  let accountId: string | null = null;
  try {
    if (now.getTime() - attempt.requested_at.getTime() > STALE_ATTEMPT_MS) accountId = await findUnrecordedAccount(userId, attempt.requested_at);
    accountId ??= await createConnectedAccount({ userId, email: user.email, country: profile.country!, plan, requestKey: attempt.key });
  } catch (error) {
    // A refusal will be refused again: the next attempt starts afresh. After a timeout the
    // account may exist, so the key is kept for the retry to find it.
    if (classifyStripeError(error)?.kind === "invalid") await db.creatorProfile.update({ where: { userId }, data: { stripeAccountRequestKey: null, stripeAccountRequestedAt: null } });
    throw stripeAppError(error);
  }
  const stored = await db.creatorProfile.updateMany({
    where: { userId, OR: [{ stripeAccountId: null }, { stripeAccountId: accountId }, { stripeDisconnectedAt: { not: null } }] },
    data: {
      stripeAccountId: accountId,
      stripeAccountRequestKey: null,
      stripeAccountRequestedAt: null,
      stripeDisconnectedAt: null,
      stripeSyncedAt: null,
      payoutState: "in_progress",
      stripeOnboardingCompleted: false,
      stripeChargesEnabled: false,
      stripePayoutsEnabled: false,
    },
  });
  if (stored.count > 0 && profile.stripeAccountId !== accountId) metrics().stripeAccountsCreated.inc();
  return accountId;
}

/** Start or resume Stripe onboarding: the account (once) and a fresh Account Link. */
export async function startPayoutsOnboarding(userId: string, links: ConnectLinks = {}): Promise<{ onboardingUrl: string; accountId: string }> {
  assertStripeEnabled();
  const returnUrl = allowedRedirect(links.returnUrl, env().FRONTEND_RETURN_URL, "return_url");
  const refreshUrl = allowedRedirect(links.refreshUrl, env().FRONTEND_REFRESH_URL, "refresh_url");
  // Refuse early (before creating anything at Stripe) when earlier steps are missing.
  await db.$transaction((tx) => advanceOnboarding(tx, userId, "stripe_started", { returnUrl, refreshUrl }));
  const accountId = await ensureAccount(userId);
  try {
    return { onboardingUrl: await createOnboardingLink(accountId, returnUrl, refreshUrl), accountId };
  } catch (error) {
    if (classifyStripeError(error)?.kind === "access_lost") await applyStripeObservation({ kind: "disconnected", accountId }, new Date());
    throw stripeAppError(error);
  }
}

/** A new onboarding link with the return and refresh URLs the creator started with (Stripe's refresh_url). */
export async function resumePayoutsOnboarding(userId: string): Promise<{ onboardingUrl: string; accountId: string }> {
  const session = await db.onboardingSession.findUnique({ where: { userId }, select: { returnUrl: true, refreshUrl: true } });
  return startPayoutsOnboarding(userId, { returnUrl: session?.returnUrl ?? undefined, refreshUrl: session?.refreshUrl ?? undefined });
}

/** Re-reads the account from Stripe and applies what it says (return page, "check again", admin). */
export async function syncPayouts(userId: string): Promise<ApplyResult | null> {
  const profile = await db.creatorProfile.findUnique({ where: { userId }, select: { stripeAccountId: true } });
  if (!profile?.stripeAccountId) return null;
  const observedAt = new Date();
  try {
    return await applyStripeObservation({ kind: "account", facts: await retrieveAccountFacts(profile.stripeAccountId) }, observedAt);
  } catch (error) {
    if (classifyStripeError(error)?.kind === "access_lost") return applyStripeObservation({ kind: "disconnected", accountId: profile.stripeAccountId }, observedAt);
    throw stripeAppError(error);
  }
}

/** A one-time link into the creator's Stripe Express dashboard (payouts, bank details, tax forms). */
export async function expressDashboardUrl(userId: string): Promise<string> {
  assertStripeEnabled();
  const profile = await db.creatorProfile.findUnique({ where: { userId } });
  if (!profile?.stripeAccountId || !profile.stripeOnboardingCompleted || profile.stripeDisconnectedAt) {
    throw new AppError("payouts_not_ready", 409, "Finish setting up payouts before opening the Stripe dashboard.");
  }
  try {
    return await createDashboardLink(profile.stripeAccountId);
  } catch (error) {
    throw stripeAppError(error);
  }
}
