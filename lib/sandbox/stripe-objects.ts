import { randomBytes } from "node:crypto";

// Stripe's objects as the sandbox returns them, with today's field set (Stripe's own example
// objects for the API version stripe-node 23 pins; tests/fixtures/stripe holds them and the
// OpenAPI schemas the contract test validates against).

export interface Requirements {
  alternatives: Array<{ alternative_fields_due: string[]; original_fields_due: string[] }>;
  current_deadline: number | null;
  currently_due: string[];
  disabled_reason: string | null;
  errors: Array<{ code: string; reason: string; requirement: string }>;
  eventually_due: string[];
  past_due: string[];
  pending_verification: string[];
}

export type AccountObject = Record<string, unknown> & {
  id: string;
  object: "account";
  email: string | null;
  country: string;
  capabilities: Record<string, "inactive" | "pending" | "active">;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  requirements: Requirements;
  future_requirements: Requirements;
  metadata: Record<string, string>;
  created: number;
  controller: Record<string, unknown>;
};

export function stripeId(prefix: string): string {
  return `${prefix}_1${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;
}

let clockOffsetSeconds = 0;

/** Stripe's clock, played by ours: a test shifts it to be a server whose clock is off Stripe's. */
export function setStripeClockOffset(seconds: number): void {
  clockOffsetSeconds = seconds;
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000) + clockOffsetSeconds;
}

function emptyRequirements(): Requirements {
  return { alternatives: [], current_deadline: null, currently_due: [], disabled_reason: null, errors: [], eventually_due: [], past_due: [], pending_verification: [] };
}

const CURRENCY_BY_COUNTRY: Record<string, string> = { US: "usd", GB: "gbp", CA: "cad", AU: "aud", CH: "chf", JP: "jpy", SE: "sek", NO: "nok", DK: "dkk", PL: "pln", MX: "mxn", BR: "brl", CZ: "czk", HU: "huf", RO: "ron", BG: "bgn" };

const INITIAL_REQUIREMENTS = ["business_profile.url", "external_account", "individual.dob.day", "individual.dob.month", "individual.dob.year", "individual.first_name", "individual.last_name", "individual.verification.document", "tos_acceptance.date", "tos_acceptance.ip"];

export interface NewAccountParams {
  email?: string;
  country: string;
  business_type?: string;
  capabilities: string[];
  metadata: Record<string, string>;
  controller?: Record<string, unknown>;
  recipient: boolean;
}

/** A new connected account, as POST /v1/accounts returns it (Express, through controller properties). */
export function newAccount(params: NewAccountParams): AccountObject {
  const requirements = { ...emptyRequirements(), currently_due: [...INITIAL_REQUIREMENTS], eventually_due: [...INITIAL_REQUIREMENTS], disabled_reason: "requirements.past_due" };
  const controller = params.controller ?? {};
  const dashboard = (controller.stripe_dashboard as { type?: string } | undefined)?.type ?? "express";
  return {
    id: stripeId("acct"),
    object: "account",
    business_profile: {
      annual_revenue: { amount: null, currency: null, fiscal_year_end: null },
      estimated_worker_count: null,
      mcc: null,
      minority_owned_business_designation: null,
      name: null,
      product_description: null,
      support_address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
    },
    business_type: params.business_type ?? null,
    capabilities: Object.fromEntries(params.capabilities.map((name) => [name, "inactive" as const])),
    charges_enabled: false,
    controller: {
      fees: { payer: ((controller.fees as { payer?: string } | undefined)?.payer ?? "application") === "application" ? "application_express" : "account" },
      is_controller: true,
      losses: { payments: (controller.losses as { payments?: string } | undefined)?.payments ?? "application" },
      requirement_collection: (controller.requirement_collection as string | undefined) ?? "stripe",
      stripe_dashboard: { type: dashboard },
      type: "application",
    },
    country: params.country,
    created: unixNow(),
    default_currency: CURRENCY_BY_COUNTRY[params.country] ?? "eur",
    details_submitted: false,
    email: params.email ?? null,
    external_accounts: { object: "list", data: [], has_more: false, url: "" },
    future_requirements: emptyRequirements(),
    metadata: params.metadata,
    payouts_enabled: false,
    requirements,
    settings: {
      // display_name is left out: the 2023 spec has it as a non-null string, today's objects as null.
      bacs_debit_payments: { service_user_number: null },
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_issuing: { tos_acceptance: { date: null, ip: null } },
      card_payments: { decline_on: { avs_failure: true, cvc_failure: true }, statement_descriptor_prefix: null, statement_descriptor_prefix_kana: null, statement_descriptor_prefix_kanji: null },
      dashboard: { display_name: null, timezone: "Etc/UTC" },
      invoices: { default_account_tax_ids: null, hosted_payment_method_save: null },
      payments: { statement_descriptor: null, statement_descriptor_kana: null, statement_descriptor_kanji: null, statement_descriptor_prefix_kana: null, statement_descriptor_prefix_kanji: null },
      payouts: { debit_negative_balances: true, schedule: { delay_days: 7, interval: "daily" }, statement_descriptor: null },
      sepa_debit_payments: {},
    },
    tos_acceptance: { date: null, ip: null, user_agent: null, ...(params.recipient ? { service_agreement: "recipient" } : { service_agreement: "full" }) },
    type: dashboard === "express" ? "express" : "custom",
  };
}

export function capabilityObject(account: AccountObject, name: string) {
  return {
    account: account.id,
    future_requirements: emptyRequirements(),
    id: name,
    object: "capability",
    requested: true,
    requested_at: account.created,
    requirements: { ...account.requirements },
    status: account.capabilities[name] ?? "inactive",
  };
}

export function personObject(account: AccountObject) {
  const empty = { alternatives: [], currently_due: [], errors: [], eventually_due: [], past_due: [], pending_verification: [] };
  return {
    account: account.id,
    additional_tos_acceptances: { account: { date: null, ip: null, user_agent: null } },
    created: unixNow(),
    dob: { day: 1, month: 1, year: 1990 },
    first_name: "Jenny",
    future_requirements: empty,
    id: stripeId("person"),
    id_number_provided: false,
    last_name: "Rosen",
    metadata: {},
    object: "person",
    relationship: { director: false, executive: false, legal_guardian: false, owner: false, percent_ownership: null, representative: true, title: null, authorizer: null },
    requirements: empty,
    ssn_last_4_provided: false,
    verification: { additional_document: { back: null, details: null, details_code: null, front: null }, details: null, details_code: null, document: { back: null, details: null, details_code: null, front: null }, status: account.charges_enabled ? "verified" : "unverified" },
  };
}

/** The Connect application a deauthorization event is about (ours). */
export function applicationObject() {
  return { id: "ca_ofm_sandbox_platform", object: "application", name: "OFM Onboarding sandbox" };
}

export type Outcome = "complete" | "needs_information" | "verifying" | "rejected" | "document_expired" | "under_review" | "payouts_paused" | "due_soon" | "capabilities_inactive";

export const OUTCOMES: Array<{ value: Outcome; label: string }> = [
  { value: "complete", label: "Complete — identity verified, payouts enabled" },
  { value: "needs_information", label: "Needs more information — an ID document and a bank account are missing" },
  { value: "verifying", label: "Pending verification — Stripe is still checking the documents" },
  { value: "document_expired", label: "Document refused — the identity document is expired" },
  { value: "under_review", label: "Under review — Stripe reviews the account" },
  { value: "rejected", label: "Rejected — Stripe refuses the account" },
  { value: "due_soon", label: "Active, with a document due in 14 days" },
  { value: "payouts_paused", label: "Payouts paused — the bank account is past due" },
  { value: "capabilities_inactive", label: "Capabilities inactive — the ID number is past due" },
];

/**
 * What Stripe derives from the requirements and the requested capabilities (Connect, "Account
 * capabilities" and "Handle verification updates"): a capability is inactive while anything it
 * needs is past due or the account is disabled for review or rejected, pending while documents
 * are verified, active otherwise. Charges need `card_payments` active, which a recipient account
 * never requests; payouts need an active capability and a bank account that is not due.
 */
function deriveStatus(account: AccountObject): void {
  const { requirements } = account;
  const capabilityDue = requirements.past_due.filter((item) => item !== "external_account");
  const disabled = requirements.disabled_reason !== null && !requirements.disabled_reason.startsWith("requirements.");
  const status = disabled || capabilityDue.length > 0 ? "inactive" : requirements.pending_verification.length > 0 ? "pending" : "active";
  account.capabilities = Object.fromEntries(Object.keys(account.capabilities).map((name) => [name, status]));
  const bankAccountDue = [...requirements.currently_due, ...requirements.past_due].includes("external_account");
  account.charges_enabled = account.capabilities.card_payments === "active";
  account.payouts_enabled = status === "active" && !bankAccountDue;
}

/** What Stripe would say after the person finished its pages with this outcome. */
export function applyOutcome(account: AccountObject, outcome: Outcome): void {
  const due = (items: string[], reason: string | null, extra: Partial<Requirements> = {}) => (account.requirements = { ...emptyRequirements(), currently_due: items, eventually_due: items, past_due: reason === "requirements.past_due" ? items : [], disabled_reason: reason, ...extra });
  account.details_submitted = true;
  account.future_requirements = emptyRequirements();
  switch (outcome) {
    case "complete":
      due([], null);
      break;
    case "due_soon":
      due(["individual.verification.additional_document"], null, { current_deadline: unixNow() + 14 * 86_400, past_due: [] });
      account.future_requirements = { ...emptyRequirements(), eventually_due: ["individual.id_number"], current_deadline: unixNow() + 60 * 86_400 };
      break;
    case "needs_information":
      due(["individual.verification.document", "external_account"], "requirements.past_due");
      break;
    case "document_expired":
      due(["individual.verification.document"], "requirements.past_due", {
        current_deadline: unixNow() + 7 * 86_400,
        errors: [{ code: "verification_document_expired", reason: "The document you provided has expired. Upload a valid, unexpired identity document.", requirement: "individual.verification.document" }],
      });
      break;
    case "payouts_paused":
      due(["external_account"], "requirements.past_due", { current_deadline: unixNow() + 3 * 86_400 });
      break;
    case "capabilities_inactive":
      due(["individual.id_number"], "requirements.past_due");
      break;
    case "verifying":
      due([], "requirements.pending_verification", { pending_verification: ["individual.verification.document"] });
      break;
    case "under_review":
      due([], "under_review");
      break;
    case "rejected":
      due([], "rejected.other");
      break;
  }
  deriveStatus(account);
}
