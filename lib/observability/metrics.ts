import client from "prom-client";

// Prometheus metrics, all named ofm_onboarding_*. Labels stay bounded: outcomes, steps, event
// types from a fixed list and route templates — never user ids or raw paths.

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "ofm_onboarding_" });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new client.Counter<L>({ name: `ofm_onboarding_${name}`, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]) =>
    new client.Histogram<L>({ name: `ofm_onboarding_${name}`, help, labelNames, buckets, registers: [registry] });
  const gauge = (name: string, help: string) => new client.Gauge({ name: `ofm_onboarding_${name}`, help, registers: [registry] });

  return {
    registry,
    registrations: counter("registrations_total", "Registration attempts by outcome.", ["outcome"] as const),
    emails: counter("emails_total", "Emails by template and outcome (sent, failed, suppressed).", ["template", "outcome"] as const),
    emailEvents: counter("email_events_total", "Delivery events from the email provider's webhooks, by type.", ["type"] as const),
    verificationsCompleted: counter("verifications_completed_total", "Email addresses verified."),
    stepTransitions: counter("step_transitions_total", "Onboarding milestones reached, by step.", ["step"] as const),
    stripeAccountsCreated: counter("stripe_accounts_created_total", "Stripe Express accounts created."),
    webhooks: counter("webhooks_received_total", "Stripe webhooks by event type and outcome.", ["type", "outcome"] as const),
    webhookSeconds: histogram("webhook_processing_seconds", "Time to handle one Stripe webhook.", ["outcome"] as const, [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]),
    stripePlatformProblems: counter("stripe_platform_problems_total", "Connected accounts Stripe would not let the platform key read while the key itself is broken or of the other mode (key_refused, key_mode_mismatch).", ["reason"] as const),
    activations: counter("activations_total", "Creators whose Stripe account became able to charge and pay out."),
    payoutTransitions: counter("payout_transitions_total", "Payout changes after Stripe updates: activated, paused, disconnected, resumed.", ["change"] as const),
    automationRuns: counter("automation_runs_total", "Analysis steps by step and outcome.", ["step", "outcome"] as const),
    nudges: counter("nudges_total", "Reminders to stalled creators and of Stripe deadlines, by how they were decided (sent, cancelled, skipped).", ["outcome"] as const),
    outboxPending: gauge("outbox_pending", "Outbox rows (emails and job events) not yet delivered."),
    outboxDead: gauge("outbox_dead", "Outbox rows that failed every retry and wait for an admin."),
    outboxDeliveries: counter("outbox_deliveries_total", "Outbox rows by delivery outcome (sent, skipped, failed, dead).", ["outcome"] as const),
    housekeepingPruned: counter("housekeeping_pruned_rows_total", "Rows the hourly housekeeping deleted or emptied, by retention task.", ["task"] as const),
    outboxOldestAge: gauge("outbox_oldest_pending_age_seconds", "Age of the oldest pending outbox event (0 when none)."),
    httpDuration: histogram("http_request_duration_seconds", "API request duration by route template, method and status.", ["route", "method", "status"] as const, [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// One registry per process, however many bundles import this module.
const globalForMetrics = globalThis as unknown as { ofmMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.ofmMetrics ??= createMetrics();
  return globalForMetrics.ofmMetrics;
}

const WEBHOOK_TYPES = new Set(["account.updated", "capability.updated", "person.created", "person.updated", "account.application.deauthorized"]);

/** Event types outside the handled ones share one label value, so a sender cannot grow it. */
export function webhookTypeLabel(type: string | undefined): string {
  return type && WEBHOOK_TYPES.has(type) ? type : "other";
}

/** `/api/v1/admin/creators/cm3x…/actions` → `/api/v1/admin/creators/:id/actions`. */
export function routeTemplate(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/^(c[a-z0-9]{20,}|[0-9a-f-]{32,36}|acct_\w+|evt_\w+|\d+)$/i.test(segment) ? ":id" : segment))
    .join("/");
}
