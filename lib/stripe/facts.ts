import type Stripe from "stripe";

// A Stripe account as facts our product needs, and nothing else: whether it can charge and
// pay out, what Stripe waits for and why, and by when. lib/onboarding decides what they mean.

interface RequirementError {
  requirement: string;
  code: string;
  reason: string;
}

export interface Requirements {
  currentlyDue: string[];
  pastDue: string[];
  eventuallyDue: string[];
  pendingVerification: string[];
  errors: RequirementError[];
  /** Unix seconds, as Stripe gives it. */
  currentDeadline: number | null;
  disabledReason: string | null;
}

type ServiceAgreement = "full" | "recipient";

export interface AccountFacts {
  accountId: string;
  country: string | null;
  /** Recipient accounts (a US platform's creators abroad) only receive transfers. */
  serviceAgreement: ServiceAgreement;
  /** Each requested capability and its status (active, pending, inactive). */
  capabilities: Record<string, string>;
  detailsSubmitted: boolean;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  requirements: Requirements;
  futureRequirements: Requirements;
}

const EMPTY: Requirements = { currentlyDue: [], pastDue: [], eventuallyDue: [], pendingVerification: [], errors: [], currentDeadline: null, disabledReason: null };

function requirementsOf(source: Stripe.Account.Requirements | Stripe.Account.FutureRequirements | null | undefined): Requirements {
  if (!source) return EMPTY;
  return {
    currentlyDue: source.currently_due ?? [],
    pastDue: source.past_due ?? [],
    eventuallyDue: source.eventually_due ?? [],
    pendingVerification: source.pending_verification ?? [],
    errors: (source.errors ?? []).map((error) => ({ requirement: error.requirement, code: error.code, reason: error.reason })),
    currentDeadline: source.current_deadline ?? null,
    disabledReason: source.disabled_reason ?? null,
  };
}

/** The capabilities each service agreement asks for (Connect, "Service agreement types"). */
const AGREEMENT_CAPABILITIES: Record<ServiceAgreement, string[]> = { full: ["card_payments", "transfers"], recipient: ["transfers"] };

export function accountFacts(account: Stripe.Account): AccountFacts {
  return {
    accountId: account.id,
    country: account.country ?? null,
    serviceAgreement: account.tos_acceptance?.service_agreement === "recipient" ? "recipient" : "full",
    capabilities: Object.fromEntries(Object.entries(account.capabilities ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string")),
    detailsSubmitted: Boolean(account.details_submitted),
    chargesEnabled: Boolean(account.charges_enabled),
    payoutsEnabled: Boolean(account.payouts_enabled),
    requirements: requirementsOf(account.requirements),
    futureRequirements: requirementsOf(account.future_requirements),
  };
}

/**
 * Stripe's word that the creator can be paid: every capability the service agreement asked for
 * is active, and payouts are on. Not `charges_enabled`, which a recipient account never has.
 */
export function canBePaid(facts: Pick<AccountFacts, "serviceAgreement" | "capabilities" | "payoutsEnabled">): boolean {
  return facts.payoutsEnabled && AGREEMENT_CAPABILITIES[facts.serviceAgreement].every((capability) => facts.capabilities[capability] === "active");
}

/** Everything Stripe is waiting for, most urgent first, without duplicates. */
export function outstandingRequirements(requirements: Pick<Requirements, "pastDue" | "currentlyDue" | "eventuallyDue">): string[] {
  return [...new Set([...requirements.pastDue, ...requirements.currentlyDue, ...requirements.eventuallyDue])];
}

/** The stored JSON form of Requirements, read back with defaults for anything missing. */
export function storedRequirements(value: unknown): Requirements {
  const stored = (value && typeof value === "object" ? value : {}) as Partial<Requirements>;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : []);
  return {
    currentlyDue: strings(stored.currentlyDue),
    pastDue: strings(stored.pastDue),
    eventuallyDue: strings(stored.eventuallyDue),
    pendingVerification: strings(stored.pendingVerification),
    errors: Array.isArray(stored.errors) ? stored.errors.filter((error): error is RequirementError => typeof error?.requirement === "string" && typeof error?.code === "string") : [],
    currentDeadline: typeof stored.currentDeadline === "number" ? stored.currentDeadline : null,
    disabledReason: typeof stored.disabledReason === "string" ? stored.disabledReason : null,
  };
}
