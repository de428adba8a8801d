import type Stripe from "stripe";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/observability/logger";
import { metrics, webhookTypeLabel } from "@/lib/observability/metrics";
import {
  AmbiguousSnapshot,
  announced,
  applyStripeObservation,
  applyToLockedProfile,
  LOCKED_PROFILE_COLUMNS,
  noteEventTime,
  type ApplyResult,
  type LockedProfile,
  type StripeObservation,
} from "@/lib/onboarding/payouts";
import { retrieveAccountFacts } from "@/lib/stripe/accounts";
import { classifyStripeError } from "@/lib/stripe/errors";
import { accountFacts } from "@/lib/stripe/facts";
import { accountIdOf, HANDLED_EVENT_TYPES, verifyStripeEvent } from "@/lib/stripe/events";

/** What a handled event comes to; counted as the webhook metric's `outcome` (with the error codes of a refused one). */
export const WEBHOOK_OUTCOMES = ["processed", "duplicate", "ignored", "failed"] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export interface WebhookResult {
  outcome: WebhookOutcome;
  eventId?: string;
  type?: string;
  /** Why an event was ignored or failed (answered 2xx all the same, so Stripe stops retrying). */
  reason?: string;
  sync?: ApplyResult["outcome"];
}

class DuplicateEvent extends Error {}
/** Thrown inside the transaction when the event turns out not to settle the state alone: nothing it wrote stays. */
class NeedsAccountRead extends Error {}

/**
 * Event ids this instance recorded lately. Stripe redelivers an event until it gets a 2xx, and
 * often to the same instance: those are answered without a database read. Only a hint: an id
 * not here (another instance recorded it, or it was evicted) is checked in stripe_events.
 */
const RECENT_LIMIT = 10_000;
const recentlyRecorded = new Set<string>();

function remember(eventId: string): void {
  recentlyRecorded.add(eventId);
  if (recentlyRecorded.size > RECENT_LIMIT) recentlyRecorded.delete(recentlyRecorded.values().next().value!);
}

/**
 * One webhook delivery. Effects happen exactly once: the event id is recorded in stripe_events
 * in the same transaction as the state it causes, so a redelivery is a no-op. Only what a retry
 * could fix is answered with an error (Stripe then retries for up to three days); everything
 * else is answered 2xx with the reason, and counted.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  const timer = metrics().webhookSeconds.startTimer();
  let outcome = "error";
  let type: string | undefined;
  try {
    const result = await processWebhook(rawBody, signature, (eventType) => (type = eventType));
    outcome = result.reason === "livemode_mismatch" ? "livemode_mismatch" : result.outcome;
    if (result.eventId && (result.outcome === "processed" || result.outcome === "duplicate" || result.reason === "unknown_account")) remember(result.eventId);
    return result;
  } catch (error) {
    if (error instanceof AppError) outcome = error.code;
    throw error;
  } finally {
    timer({ outcome });
    metrics().webhooks.inc({ type: webhookTypeLabel(type), outcome });
  }
}

/**
 * The event's row, which makes a redelivery a no-op: a copy inserted meanwhile (committed, or
 * committing in another transaction, which this insert waits for) inserts nothing. Raw SQL
 * because Prisma walks a JSON argument value by value, and an event carries the whole account:
 * that walk was the new-event path's hottest function in the profile.
 */
function eventInsert(event: Stripe.Event, accountId: string, processedAt: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO stripe_events (id, type, account_id, livemode, created_at, processed_at, payload)
    VALUES (${event.id}, ${event.type}, ${accountId}, ${event.livemode}, ${new Date(event.created * 1000)}, ${processedAt}, ${JSON.stringify(event)}::jsonb)
    ON CONFLICT (id) DO NOTHING`;
}

function recordEvent(event: Stripe.Event, accountId: string, processedAt: Date) {
  return async (tx: Prisma.TransactionClient) => {
    if ((await tx.$executeRaw(eventInsert(event, accountId, processedAt))) === 0) throw new DuplicateEvent();
  };
}

interface KnownState {
  seen: boolean;
  known: boolean;
  syncedAt: Date | null;
  disconnectedAt: Date | null;
}

/** In one round trip: whether the event was already processed, and what we hold about its account. */
async function knownState(eventId: string, accountId: string): Promise<KnownState> {
  const [row] = await db.$queryRaw<Array<{ seen: boolean; known: boolean; synced_at: Date | null; disconnected_at: Date | null }>>`
    SELECT EXISTS (SELECT 1 FROM stripe_events WHERE id = ${eventId}) AS seen, p.user_id IS NOT NULL AS known,
           p.stripe_synced_at AS synced_at, p.stripe_disconnected_at AS disconnected_at
    FROM (SELECT 1) AS one LEFT JOIN creator_profiles p ON p.stripe_account_id = ${accountId}`;
  return { seen: row.seen, known: row.known, syncedAt: row.synced_at, disconnectedAt: row.disconnected_at };
}

/**
 * What the event tells us, and as of when. Our stored read (`stripeSyncedAt`: the time the state
 * we hold is from) orders everything, at the one-second precision of `event.created`:
 * - the event is older than our state by more than a second: nothing to read, already known;
 * - an account.updated event newer than our state by more than a second carries the account as
 *   of its creation: that snapshot is applied as an observation made then, without a Stripe call;
 * - anything within a second of our state, or an event without a snapshot: ordering is
 *   ambiguous, so the account is read again, and deliveries in any order converge on Stripe's
 *   current state.
 */
function decide(event: Stripe.Event, accountId: string, state: Pick<KnownState, "syncedAt" | "disconnectedAt">): Observed | "already_known" | "needs_read" {
  const createdAt = event.created * 1000;
  if (event.type === "account.application.deauthorized") return { observation: { kind: "disconnected", accountId }, observedAt: new Date(), snapshot: false };
  const syncedAt = state.disconnectedAt ? null : state.syncedAt;
  if (syncedAt && syncedAt.getTime() > createdAt + 1000) return "already_known";
  if (carriesAccount(event) && (!syncedAt || createdAt > syncedAt.getTime() + 1000)) {
    return { observation: { kind: "account", facts: accountFacts(event.data.object as Stripe.Account) }, observedAt: new Date(createdAt), snapshot: true };
  }
  return "needs_read";
}

function carriesAccount(event: Stripe.Event): boolean {
  return event.type === "account.updated" && (event.data.object as { object?: string }).object === "account";
}

/** Deauthorization, or an account.updated with the account: usually settled without a Stripe read. */
function settlesItself(event: Stripe.Event): boolean {
  return event.type === "account.application.deauthorized" || carriesAccount(event);
}

async function observe(event: Stripe.Event, accountId: string, state: KnownState): Promise<Observed | "already_known"> {
  const decision = decide(event, accountId, state);
  return decision === "needs_read" ? readAccount(accountId) : decision;
}

/**
 * An event that settles itself, in one transaction: the event row and the profile's row lock in
 * one statement (no read before it; the lock is taken only once the event is recorded, in the
 * order every other delivery takes them, so two paths cannot deadlock), the decision on the
 * locked row, then the update. A duplicate or an ambiguous snapshot rolls it back.
 */
async function applyUnderOneLock(event: Stripe.Event, accountId: string, receivedAt: Date): Promise<ApplyResult> {
  const eventAt = new Date(event.created * 1000);
  const result = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ recorded: boolean } & Partial<LockedProfile>>>`
      WITH recorded AS (${eventInsert(event, accountId, receivedAt)} RETURNING id)
      SELECT EXISTS (SELECT 1 FROM recorded) AS recorded, locked.*
      FROM (SELECT 1) AS one LEFT JOIN LATERAL (
        SELECT ${LOCKED_PROFILE_COLUMNS} FROM creator_profiles WHERE stripe_account_id = ${accountId} AND EXISTS (SELECT 1 FROM recorded) FOR UPDATE
      ) AS locked ON true`;
    if (!row.recorded) throw new DuplicateEvent();
    const locked = row.user_id ? (row as LockedProfile) : undefined;
    if (!locked) return { outcome: "unknown_account" as const, change: null };
    const decision = decide(event, accountId, { syncedAt: locked.stripe_synced_at, disconnectedAt: locked.stripe_disconnected_at });
    if (decision === "needs_read") throw new NeedsAccountRead();
    if (decision === "already_known") {
      await noteEventTime(tx, accountId, eventAt);
      return { outcome: "stale" as const, userId: locked.user_id, change: null };
    }
    return applyToLockedProfile(tx, locked, decision.observation, decision.observedAt, { eventAt, snapshot: decision.snapshot });
  });
  return announced(result);
}

interface Observed {
  observation: StripeObservation;
  observedAt: Date;
  /** From the event's own copy of the account (applied only if still unambiguous under the lock). */
  snapshot: boolean;
}

async function readAccount(accountId: string): Promise<Observed> {
  const observedAt = new Date();
  try {
    return { observation: { kind: "account", facts: await retrieveAccountFacts(accountId) }, observedAt, snapshot: false };
  } catch (error) {
    // The platform cannot read the account any more (access revoked, account gone): that is
    // the news, not a failure to retry.
    if (classifyStripeError(error)?.kind === "access_lost") return { observation: { kind: "disconnected", accountId }, observedAt, snapshot: false };
    throw error;
  }
}

function applyObserved(event: Stripe.Event, accountId: string, receivedAt: Date, { observation, observedAt, snapshot }: Observed): Promise<ApplyResult> {
  return applyStripeObservation(observation, observedAt, { within: recordEvent(event, accountId, receivedAt), eventAt: new Date(event.created * 1000), snapshot });
}

/** Applied from the event under one lock; read from Stripe instead when the locked state makes its order ambiguous. */
async function settleFromEvent(event: Stripe.Event, accountId: string, receivedAt: Date): Promise<ApplyResult> {
  try {
    return await applyUnderOneLock(event, accountId, receivedAt);
  } catch (error) {
    if (!(error instanceof NeedsAccountRead) && !(error instanceof AmbiguousSnapshot)) throw error;
    return applyObserved(event, accountId, receivedAt, await readAccount(accountId));
  }
}

/** Events that name the account without its state: what we hold decides whether Stripe must be asked. */
async function settleByReading(event: Stripe.Event, accountId: string, receivedAt: Date): Promise<ApplyResult> {
  const state = await knownState(event.id, accountId);
  if (state.seen) throw new DuplicateEvent();
  if (!state.known) {
    await db.$transaction((tx) => recordEvent(event, accountId, receivedAt)(tx));
    return { outcome: "unknown_account", change: null };
  }
  const observed = await observe(event, accountId, state);
  if (observed !== "already_known") return applyObserved(event, accountId, receivedAt, observed);
  const eventAt = new Date(event.created * 1000);
  await db.$transaction(async (tx) => {
    await recordEvent(event, accountId, receivedAt)(tx);
    await noteEventTime(tx, accountId, eventAt);
  });
  return { outcome: "stale", change: null };
}

async function processWebhook(rawBody: string, signature: string | null, onType: (type: string) => void): Promise<WebhookResult> {
  const event = verifyStripeEvent(rawBody, signature);
  onType(event.type);
  // A live endpoint also receives test-mode Connect events (and the reverse): not ours to apply.
  if (event.livemode !== (env().stripeMode === "live")) return { outcome: "ignored", eventId: event.id, type: event.type, reason: "livemode_mismatch" };
  if (!HANDLED_EVENT_TYPES.has(event.type)) return { outcome: "ignored", eventId: event.id, type: event.type, reason: "unhandled_type" };
  const accountId = accountIdOf(event);
  if (!accountId) return { outcome: "ignored", eventId: event.id, type: event.type, reason: "no_account" };

  // A redelivery is answered without calling Stripe; the unique insert still decides when two
  // copies arrive at the same time.
  if (recentlyRecorded.has(event.id)) return { outcome: "duplicate", eventId: event.id, type: event.type };
  const receivedAt = new Date();
  try {
    const sync = settlesItself(event) ? await settleFromEvent(event, accountId, receivedAt) : await settleByReading(event, accountId, receivedAt);
    if (sync.outcome === "unknown_account") return { outcome: "ignored", eventId: event.id, type: event.type, reason: "unknown_account", sync: "unknown_account" };
    return { outcome: "processed", eventId: event.id, type: event.type, sync: sync.outcome };
  } catch (error) {
    if (error instanceof DuplicateEvent) return { outcome: "duplicate", eventId: event.id, type: event.type };
    const failure = classifyStripeError(error);
    if (failure?.kind === "invalid") {
      // Stripe refuses our request for this account and would refuse it again: keep the event, stop the retries.
      logger().error({ err: error, eventId: event.id, accountId }, "stripe webhook: Stripe refused the account read");
      await db.$transaction((tx) => recordEvent(event, accountId, receivedAt)(tx)).catch(() => {});
      return { outcome: "failed", eventId: event.id, type: event.type, reason: failure.code ?? "invalid_request" };
    }
    if (failure?.kind === "transient") throw new AppError("stripe_unavailable", 503, "Stripe is not answering; retry later.", undefined, undefined, 30);
    if (failure?.kind === "misconfigured") throw new AppError("stripe_misconfigured", 502, "Stripe refused our API key; an operator must fix STRIPE_SECRET_KEY.");
    logger().error({ err: error, eventId: event.id }, "stripe webhook failed");
    throw error;
  }
}
