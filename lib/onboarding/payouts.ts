import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { sameOriginUrl } from "@/lib/http/redirects";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { isDone } from "@/lib/onboarding/machine";
import { enqueueEmail, enqueueJobEvent, outboxWritten } from "@/lib/outbox/write";
import { createConnectedAccount, createDashboardLink, createOnboardingLink, findUnrecordedAccount, readAccount } from "@/lib/stripe/accounts";
import { platformKeyWorks } from "@/lib/stripe/check";
import { classifyStripeError, stripeAppError } from "@/lib/stripe/errors";
import { stripeDeadline, syncDeadline, syncStall } from "@/lib/onboarding/nudges";
import { accountFacts, canBePaid, outstandingRequirements, type AccountFacts } from "@/lib/stripe/facts";
import { payoutState, type PayoutState } from "@/lib/stripe/payout-state";
import { accountPlan } from "@/lib/stripe/platform";

// Payouts, as onboarding sees them: lib/stripe reports what Stripe says about an account, and
// this module decides what it means for the creator. Every piece of news (a webhook event, the
// return page's read, "check again") takes one path: ordered by `eventNeeds` and `replacesHeld`,
// stored under the profile's row lock by `store`, which decides the transition — activation
// (the welcome email and the analyses), payouts lost after activation (paused or disconnected,
// with an email), and their return — and writes its outbox rows in the same transaction.

type PayoutChange = "activated" | "paused" | "resumed" | "disconnected" | null;

export interface ApplyResult {
  outcome: "applied" | "stale" | "duplicate" | "unknown_account";
  userId?: string;
  change: PayoutChange;
}

/** What Stripe told us about an account: an event's copy of it, a read of it, or that it is gone. */
type StripeNews =
  | { kind: "copy"; facts: AccountFacts; created: Date }
  | { kind: "read"; facts: AccountFacts; answeredAt: Date; heldVersion: number }
  | { kind: "disconnected" };

/** How old the state we hold is, in Stripe's time (creator_profiles, see the schema). */
interface Held {
  stripeEventAt: Date | null;
  stripeStateAt: Date | null;
  stripeStateVersion: number;
}

/**
 * The ordering rule, in Stripe's time only, never our clock (a server's skew cannot reorder
 * Stripe's news). Stripe's times are whole seconds, so a tie tells nothing.
 * - An event created before the newest event applied: the state we hold already includes it.
 * - An event's copy of the account, created after the latest time the state we hold can be
 *   from: the copy is newer.
 * - Anything else: the account is read.
 */
export function eventNeeds(event: { created: Date; carriesAccount: boolean }, held: Held): "nothing" | "its_copy" | "a_read" {
  if (held.stripeEventAt && event.created < held.stripeEventAt) return "nothing";
  if (event.carriesAccount && replacesHeld({ kind: "copy", created: event.created }, held)) return "its_copy";
  return "a_read";
}

/**
 * Checked again under the row lock, since another delivery may have stored something meanwhile.
 * A read replaces what we hold only if nothing was stored while it ran: Stripe answered it with
 * every change made before it began, which a state stored meanwhile may not be.
 */
function replacesHeld(news: { kind: "copy"; created: Date } | StripeNews, held: Held): boolean {
  if (news.kind === "copy") return !held.stripeStateAt || news.created > held.stripeStateAt;
  if (news.kind === "read") return news.heldVersion === held.stripeStateVersion;
  return true;
}

const HELD = { userId: true, payoutState: true, stripeCurrentDeadline: true, stripeFutureRequirements: true, stripeOnboardingCompleted: true, stripeAccountLivemode: true, stripeEventAt: true, stripeStateAt: true, stripeStateVersion: true, stripeDisconnectedAt: true, activatedAt: true, payoutsPausedAt: true } as const;
type HeldProfile = Prisma.CreatorProfileGetPayload<{ select: typeof HELD }>;

/**
 * Stripe answers 403 or resource_missing for the account. The creator is gone only if our key
 * works and is of the account's mode; otherwise (a rolled or restricted key, test keys swapped
 * for live ones) every creator would look gone: that is the platform's problem, answered 503,
 * counted and alerted on, and nothing about the creator changes.
 */
async function assertCreatorLeft(profile: Pick<HeldProfile, "stripeAccountLivemode">): Promise<void> {
  const sameMode = profile.stripeAccountLivemode === null || profile.stripeAccountLivemode === (env().stripeMode === "live");
  if (sameMode && (await platformKeyWorks())) return;
  const reason = sameMode ? "key_refused" : "key_mode_mismatch";
  metrics().stripePlatformProblems.inc({ reason });
  logger().error({ reason }, "stripe: the platform key cannot read connected accounts");
  throw new AppError("stripe_misconfigured", 503, "Payouts are unavailable until the agency fixes its Stripe keys. Please try again later.", undefined, { reason }, 60);
}

async function readNews(accountId: string, profile: Pick<HeldProfile, "stripeAccountLivemode" | "stripeStateVersion">): Promise<StripeNews> {
  try {
    const { facts, answeredAt } = await readAccount(accountId);
    return { kind: "read", facts, answeredAt, heldVersion: profile.stripeStateVersion };
  } catch (error) {
    if (classifyStripeError(error)?.kind !== "access_lost") throw error;
    await assertCreatorLeft(profile);
    return { kind: "disconnected" };
  }
}

/** The event being applied: recorded with the state it causes, so a redelivery is a no-op. */
interface EventRecord {
  event: Stripe.Event;
  accountId: string;
}

/** False when the event was already recorded (a concurrent copy committed first). */
async function record(tx: Prisma.TransactionClient, { event, accountId }: EventRecord): Promise<boolean> {
  const payload = event as unknown as Prisma.InputJsonValue;
  const data = { id: event.id, type: event.type, accountId, livemode: event.livemode, createdAt: new Date(event.created * 1000), processedAt: new Date(), payload };
  return (await tx.stripeEvent.createMany({ data, skipDuplicates: true })).count === 1;
}

function transition(profile: HeldProfile, news: StripeNews): PayoutChange {
  const paid = news.kind !== "disconnected" && canBePaid(news.facts);
  if (paid && !profile.activatedAt) return "activated";
  if (paid && profile.payoutsPausedAt) return "resumed";
  if (!paid && profile.activatedAt && !profile.payoutsPausedAt) return news.kind === "disconnected" ? "disconnected" : "paused";
  return null;
}

/** The profile columns the news writes, with the payout state derived from them. */
function stateColumns(news: StripeNews, held: HeldProfile, activated: boolean, now: Date): Prisma.CreatorProfileUpdateInput & { payoutState: PayoutState } {
  if (news.kind === "disconnected") return { stripeDisconnectedAt: now, payoutState: "disconnected" };
  const { facts } = news;
  const due = outstandingRequirements(facts.requirements);
  return {
    stripeOnboardingCompleted: facts.detailsSubmitted,
    stripeChargesEnabled: facts.chargesEnabled,
    stripePayoutsEnabled: facts.payoutsEnabled,
    stripeRequirementsDue: due,
    stripeRequirements: facts.requirements as unknown as Prisma.InputJsonValue,
    stripeFutureRequirements: facts.futureRequirements as unknown as Prisma.InputJsonValue,
    stripeCurrentDeadline: facts.requirements.currentDeadline ? new Date(facts.requirements.currentDeadline * 1000) : null,
    stripeDisabledReason: facts.requirements.disabledReason,
    stripeStateAt: latest(held.stripeStateAt, news.kind === "copy" ? news.created : news.answeredAt),
    payoutState: payoutState({ hasAccount: true, disconnected: false, activated, detailsSubmitted: facts.detailsSubmitted, canBePaid: canBePaid(facts), disabledReason: facts.requirements.disabledReason, requirementsDue: due }),
    ...(facts.country ? { country: facts.country } : {}),
  };
}

const latest = (held: Date | null, candidate: Date) => (held && held > candidate ? held : candidate);

type Stored = ApplyResult | { outcome: "needs_read"; heldVersion: number };

/**
 * Stores the news under the profile's row lock, if it is newer than what we hold, with the
 * event that brought it and the transition it makes. A disconnected account stays so until the
 * creator connects a new one: later news about it is recorded and changes nothing.
 */
async function store(accountId: string, news: StripeNews, source?: EventRecord): Promise<Stored> {
  const result = await db.$transaction(async (tx): Promise<Stored> => {
    await tx.$queryRaw`SELECT 1 FROM creator_profiles WHERE stripe_account_id = ${accountId} FOR UPDATE`;
    const profile = await tx.creatorProfile.findUnique({ where: { stripeAccountId: accountId }, select: HELD });
    if (!profile || profile.stripeDisconnectedAt) {
      if (source && !(await record(tx, source))) return { outcome: "duplicate", change: null };
      return { outcome: profile ? "stale" : "unknown_account", userId: profile?.userId, change: null };
    }
    if (!replacesHeld(news, profile)) return { outcome: "needs_read", heldVersion: profile.stripeStateVersion };
    if (source && !(await record(tx, source))) return { outcome: "duplicate", change: null };

    const change = transition(profile, news);
    const now = new Date();
    const columns = stateColumns(news, profile, Boolean(profile.activatedAt) || change === "activated", now);
    await tx.creatorProfile.update({
      where: { userId: profile.userId },
      data: {
        ...columns,
        stripeEventAt: source ? latest(profile.stripeEventAt, new Date(source.event.created * 1000)) : profile.stripeEventAt,
        stripeStateVersion: { increment: 1 },
        stripeSyncedAt: now,
        ...(change === "activated" ? { activatedAt: now } : {}),
        ...(change === "paused" || change === "disconnected" ? { payoutsPausedAt: now } : {}),
        ...(change === "resumed" ? { payoutsPausedAt: null } : {}),
      },
    });
    await announceInOutbox(tx, profile.userId, accountId, change, now);
    await tellWhatStripeDecided(tx, profile, news, columns.payoutState);
    // Reminders: a new payout state may end or start a stall, a new date a deadline's reminders.
    if (columns.payoutState !== profile.payoutState) await syncStall(tx, profile.userId, now);
    if (news.kind !== "disconnected" && stripeDeadline({ stripeCurrentDeadline: columns.stripeCurrentDeadline as Date | null, stripeFutureRequirements: columns.stripeFutureRequirements })?.getTime() !== stripeDeadline(profile)?.getTime()) {
      await syncDeadline(tx, profile.userId, now);
    }
    return { outcome: "applied", userId: profile.userId, change };
  });
  // Any stored news may have planned or cancelled reminders.
  if (result.outcome === "applied") outboxWritten();
  if (result.outcome === "applied" && result.change) {
    metrics().payoutTransitions.inc({ change: result.change });
    if (result.change === "activated") metrics().activations.inc();
  }
  return result;
}

const READ_ATTEMPTS = 3;

/**
 * Reads the account and stores what Stripe says; read again if something was stored while the
 * read ran. Stripe's events keep coming for an account that changes this fast: after three
 * tries, the caller retries later (a webhook answers 503, and Stripe delivers it again).
 */
async function readAndStore(accountId: string, heldVersion: number, profile: Pick<HeldProfile, "stripeAccountLivemode">, source?: EventRecord): Promise<ApplyResult> {
  for (let attempt = 1; ; attempt++) {
    const stored = await store(accountId, await readNews(accountId, { ...profile, stripeStateVersion: heldVersion }), source);
    if (stored.outcome !== "needs_read") return stored;
    if (attempt === READ_ATTEMPTS) throw new AppError("stripe_unavailable", 503, "The Stripe account changed while it was read; retry later.", undefined, undefined, 5);
    heldVersion = stored.heldVersion;
  }
}

function carriesAccount(event: Stripe.Event): boolean {
  return event.type === "account.updated" && (event.data.object as { object?: string }).object === "account";
}

/**
 * A verified Stripe event about `accountId`, applied exactly once: deauthorization disconnects;
 * otherwise `eventNeeds` decides between nothing, the event's own copy and a read.
 */
export async function applyStripeEvent(event: Stripe.Event, accountId: string): Promise<ApplyResult> {
  const source = { event, accountId };
  if (await db.stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } })) return { outcome: "duplicate", change: null };
  const profile = await db.creatorProfile.findUnique({ where: { stripeAccountId: accountId }, select: HELD });
  if (!profile) return recordAlone(source, { outcome: "unknown_account", change: null });
  // A disconnection always replaces what we hold: never "needs_read".
  if (event.type === "account.application.deauthorized") return (await store(accountId, { kind: "disconnected" }, source)) as ApplyResult;

  const created = new Date(event.created * 1000);
  const needs = eventNeeds({ created, carriesAccount: carriesAccount(event) }, profile);
  if (needs === "nothing") return recordAlone(source, { outcome: "stale", userId: profile.userId, change: null });
  if (needs === "its_copy") {
    const stored = await store(accountId, { kind: "copy", facts: accountFacts(event.data.object as Stripe.Account), created }, source);
    if (stored.outcome !== "needs_read") return stored;
    return readAndStore(accountId, stored.heldVersion, profile, source);
  }
  return readAndStore(accountId, profile.stripeStateVersion, profile, source);
}

/** An event that changes nothing is still recorded, so its redeliveries are answered at once. */
async function recordAlone(source: EventRecord, result: ApplyResult): Promise<ApplyResult> {
  const recorded = await db.$transaction((tx) => record(tx, source));
  return recorded ? result : { outcome: "duplicate", change: null };
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

async function announceInOutbox(tx: Prisma.TransactionClient, userId: string, accountId: string, change: PayoutChange, at: Date): Promise<void> {
  if (change === "activated") {
    await completeStripeSteps(tx, userId, at);
    await enqueueEmail(tx, "welcome", { userId });
    // With automation turned off there is nothing to announce to the job engine.
    if (env().FEATURE_MARKETING_AUTOMATION) await enqueueJobEvent(tx, "creator/activated", { userId, stripeAccountId: accountId, activatedAt: at.toISOString() });
  }
  if (change === "paused" || change === "disconnected") await enqueueEmail(tx, "payouts-paused", { userId });
}

/**
 * Before activation, what needs the creator is emailed when Stripe decides it: a refusal (the
 * admins hear of it too), or more information once the creator has finished Stripe's pages
 * (while they are still on them, what is due is what they are filling in). After activation,
 * the "paused" email says it all.
 */
async function tellWhatStripeDecided(tx: Prisma.TransactionClient, profile: HeldProfile, news: StripeNews, state: PayoutState): Promise<void> {
  if (news.kind === "disconnected") return;
  if (state === "rejected" && profile.payoutState !== "rejected") {
    await enqueueEmail(tx, "payouts-rejected", { userId: profile.userId });
    const admins = await tx.user.findMany({ where: { role: "admin", disabledAt: null }, select: { id: true } });
    for (const admin of admins) await enqueueEmail(tx, "admin-creator-rejected", { userId: profile.userId, adminId: admin.id });
  }
  const wasWaitingOnCreator = profile.payoutState === "needs_information" && profile.stripeOnboardingCompleted;
  if (state === "needs_information" && news.facts.detailsSubmitted && !wasWaitingOnCreator) await enqueueEmail(tx, "payouts-needs-information", { userId: profile.userId });
}

function assertStripeEnabled(): void {
  if (!env().FEATURE_STRIPE_CONNECT) throw new AppError("feature_disabled", 404, "Stripe Connect is turned off for this agency.");
}

export interface ConnectLinks {
  returnUrl?: string;
  refreshUrl?: string;
}

/** Only our own front end may receive the creator back from Stripe: anything else is an open redirect. */
function allowedRedirect(url: string | undefined, fallback: string, field: "return_url" | "refresh_url"): string {
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
      stripeEventAt: null,
      stripeStateAt: null,
      stripeStateVersion: { increment: 1 },
      stripeAccountLivemode: env().stripeMode === "live",
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
    if (classifyStripeError(error)?.kind === "access_lost") await storeAccessLost(accountId);
    throw stripeAppError(error);
  }
}

/** Stripe refused a request about the account (403 / resource_missing) outside a read. */
async function storeAccessLost(accountId: string): Promise<void> {
  const profile = await db.creatorProfile.findUniqueOrThrow({ where: { stripeAccountId: accountId }, select: HELD });
  await assertCreatorLeft(profile);
  await store(accountId, { kind: "disconnected" });
}

/** A new onboarding link with the return and refresh URLs the creator started with (Stripe's refresh_url). */
export async function resumePayoutsOnboarding(userId: string): Promise<{ onboardingUrl: string; accountId: string }> {
  const session = await db.onboardingSession.findUnique({ where: { userId }, select: { returnUrl: true, refreshUrl: true } });
  return startPayoutsOnboarding(userId, { returnUrl: session?.returnUrl ?? undefined, refreshUrl: session?.refreshUrl ?? undefined });
}

/** Re-reads the account from Stripe and applies what it says (return page, "check again", admin). */
export async function syncPayouts(userId: string): Promise<ApplyResult | null> {
  const profile = await db.creatorProfile.findUnique({ where: { userId }, select: { stripeAccountId: true, ...HELD } });
  if (!profile?.stripeAccountId) return null;
  try {
    return await readAndStore(profile.stripeAccountId, profile.stripeStateVersion, profile);
  } catch (error) {
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
