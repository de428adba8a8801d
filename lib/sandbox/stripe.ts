import { randomBytes } from "node:crypto";
import qs from "qs";
import Stripe from "stripe";
import { STRIPE_SANDBOX_SECRET_KEY, STRIPE_SANDBOX_WEBHOOK_SECRET } from "@/lib/env";
import { startSandboxServer, type SandboxResponse, type SandboxServer } from "@/lib/sandbox/http";
import { renderOnboardingPage } from "@/lib/sandbox/stripe-onboarding-page";

// A local stand-in for the parts of Stripe's API that we call (accounts, account links,
// login links), speaking Stripe's wire format: form-encoded requests, Stripe's object shapes
// and error format, idempotency keys. It also plays Stripe's hosted onboarding (a page where a
// person chooses an outcome) and delivers webhooks signed exactly as Stripe signs them.

export type Outcome = "complete" | "needs_information" | "verifying" | "rejected";

interface SandboxAccount {
  id: string;
  object: "account";
  type: "express";
  email: string | null;
  country: string;
  default_currency: string;
  business_type: string | null;
  capabilities: Record<string, "inactive" | "pending" | "active">;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  requirements: {
    currently_due: string[];
    eventually_due: string[];
    past_due: string[];
    pending_verification: string[];
    disabled_reason: string | null;
    current_deadline: number | null;
    errors: unknown[];
  };
  metadata: Record<string, string>;
  created: number;
  livemode: false;
  settings: Record<string, unknown>;
  tos_acceptance: Record<string, unknown>;
}

interface AccountLink {
  id: string;
  account: string;
  return_url: string;
  refresh_url: string;
  expires_at: number;
  used: boolean;
}

export interface SandboxEvent {
  id: string;
  payload: string;
  type: string;
  account: string;
}

export interface StripeSandboxOptions {
  /** Where signed webhooks are delivered (our POST /api/v1/webhooks/stripe). */
  webhookUrl?: string;
  /** Seconds an account link stays valid (Stripe: a few minutes). */
  linkTtlSeconds?: number;
  port?: number;
}

export interface StripeSandbox extends SandboxServer {
  accounts: Map<string, SandboxAccount>;
  events: SandboxEvent[];
  /** Applies an onboarding outcome as if the person had finished Stripe's pages; returns the events it caused. */
  completeOnboarding: (accountId: string, outcome: Outcome, delivery?: DeliveryOptions) => Promise<SandboxEvent[]>;
  /** Signs and returns an event for an account's current state without delivering it. */
  signedEvent: (accountId: string, type?: string) => { payload: string; header: string; event: SandboxEvent };
  setWebhookUrl: (url: string) => void;
  deliver: (event: SandboxEvent) => Promise<number>;
}

export interface DeliveryOptions {
  /** Deliver each event this many times. */
  copies?: number;
  /** Deliver in reverse order (an older account.updated after a newer one). */
  reverse?: boolean;
  /** Do not deliver at all (the test delivers them itself). */
  hold?: boolean;
}

const INITIAL_REQUIREMENTS = ["business_profile.url", "external_account", "individual.dob.day", "individual.first_name", "individual.last_name", "individual.verification.document", "tos_acceptance.date"];
const CURRENCY_BY_COUNTRY: Record<string, string> = { US: "usd", GB: "gbp", CA: "cad", AU: "aud", CH: "chf", JP: "jpy", SE: "sek", NO: "nok", DK: "dkk", PL: "pln", MX: "mxn", BR: "brl" };

function stripeId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function stripeError(status: number, type: string, message: string, extra: Record<string, string> = {}): SandboxResponse {
  return { status, body: { error: { type, message, ...extra } } };
}

function applyOutcome(account: SandboxAccount, outcome: Outcome): void {
  const requirements = account.requirements;
  account.details_submitted = true;
  requirements.pending_verification = [];
  requirements.past_due = [];
  switch (outcome) {
    case "complete":
      Object.assign(account, { charges_enabled: true, payouts_enabled: true });
      account.capabilities = { card_payments: "active", transfers: "active" };
      Object.assign(requirements, { currently_due: [], eventually_due: [], disabled_reason: null });
      break;
    case "needs_information":
      Object.assign(account, { charges_enabled: false, payouts_enabled: false });
      account.capabilities = { card_payments: "inactive", transfers: "inactive" };
      Object.assign(requirements, {
        currently_due: ["individual.verification.document", "external_account"],
        eventually_due: ["individual.verification.document", "external_account"],
        past_due: ["individual.verification.document", "external_account"],
        disabled_reason: "requirements.past_due",
      });
      break;
    case "verifying":
      Object.assign(account, { charges_enabled: false, payouts_enabled: false });
      account.capabilities = { card_payments: "pending", transfers: "pending" };
      Object.assign(requirements, { currently_due: [], eventually_due: [], pending_verification: ["individual.verification.document"], disabled_reason: "requirements.pending_verification" });
      break;
    case "rejected":
      Object.assign(account, { charges_enabled: false, payouts_enabled: false });
      account.capabilities = { card_payments: "inactive", transfers: "inactive" };
      Object.assign(requirements, { currently_due: [], eventually_due: [], disabled_reason: "rejected.other" });
      break;
  }
}

export async function startStripeSandbox(options: StripeSandboxOptions = {}): Promise<StripeSandbox> {
  const accounts = new Map<string, SandboxAccount>();
  const links = new Map<string, AccountLink>();
  const idempotent = new Map<string, SandboxResponse>();
  const events: SandboxEvent[] = [];
  const personsCreated = new Set<string>();
  const signer = new Stripe(STRIPE_SANDBOX_SECRET_KEY);
  let webhookUrl = options.webhookUrl;
  const linkTtl = options.linkTtlSeconds ?? 300;
  let publicUrl = "";

  function makeEvent(type: string, account: SandboxAccount, object: unknown): SandboxEvent {
    const event = {
      id: stripeId("evt"),
      object: "event",
      api_version: "2026-10-28.endive",
      created: now(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      account: account.id,
    };
    const record = { id: event.id, payload: JSON.stringify(event), type, account: account.id };
    events.push(record);
    return record;
  }

  function sign(payload: string): string {
    return signer.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SANDBOX_WEBHOOK_SECRET });
  }

  /** Like Stripe: a failed delivery is retried (here 3 times, 0.5 s · 2^n apart). */
  async function deliver(event: SandboxEvent): Promise<number> {
    if (!webhookUrl) return 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const response = await fetch(webhookUrl, {
          method: "POST",
          headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": sign(event.payload), "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
          body: event.payload,
        });
        if (response.ok) return response.status;
      } catch {
        // connection refused: retry like Stripe does
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
    return 0;
  }

  async function completeOnboarding(accountId: string, outcome: Outcome, delivery: DeliveryOptions = {}): Promise<SandboxEvent[]> {
    const account = accounts.get(accountId);
    if (!account) throw new Error(`no sandbox account ${accountId}`);
    applyOutcome(account, outcome);
    const caused: SandboxEvent[] = [];
    if (!personsCreated.has(account.id)) {
      personsCreated.add(account.id);
      caused.push(makeEvent("person.created", account, { id: stripeId("person"), object: "person", account: account.id, created: now() }));
    }
    for (const [capability, status] of Object.entries(account.capabilities)) {
      caused.push(makeEvent("capability.updated", account, { id: capability, object: "capability", account: account.id, status, requested: true }));
    }
    caused.push(makeEvent("account.updated", account, structuredClone(account)));
    if (!delivery.hold) {
      const ordered = delivery.reverse ? [...caused].reverse() : caused;
      for (let copy = 0; copy < (delivery.copies ?? 1); copy++) for (const event of ordered) await deliver(event);
    }
    return caused;
  }

  function createAccount(params: Record<string, unknown>): SandboxAccount {
    const country = typeof params.country === "string" ? params.country : "FR";
    const requested = (params.capabilities ?? {}) as Record<string, { requested?: string }>;
    const account: SandboxAccount = {
      id: stripeId("acct"),
      object: "account",
      type: "express",
      email: typeof params.email === "string" ? params.email : null,
      country,
      default_currency: CURRENCY_BY_COUNTRY[country] ?? "eur",
      business_type: typeof params.business_type === "string" ? params.business_type : null,
      capabilities: Object.fromEntries(Object.entries(requested).filter(([, value]) => value?.requested === "true").map(([name]) => [name, "inactive" as const])),
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      requirements: { currently_due: [...INITIAL_REQUIREMENTS], eventually_due: [...INITIAL_REQUIREMENTS], past_due: [], pending_verification: [], disabled_reason: "requirements.past_due", current_deadline: null, errors: [] },
      metadata: (params.metadata ?? {}) as Record<string, string>,
      created: now(),
      livemode: false,
      settings: { payouts: { schedule: { interval: "daily", delay_days: 7 } } },
      tos_acceptance: {},
    };
    accounts.set(account.id, account);
    return account;
  }

  async function api(method: string, path: string, params: Record<string, unknown>): Promise<SandboxResponse> {
    if (method === "GET" && path === "/v1/account") {
      return { status: 200, body: { id: "acct_ofm_sandbox_platform", object: "account", type: "standard", country: "FR", charges_enabled: true, payouts_enabled: true, livemode: false, settings: { dashboard: { display_name: "OFM Onboarding sandbox" } } } };
    }
    if (method === "POST" && path === "/v1/accounts") {
      if (params.type !== "express" && !params.controller) return stripeError(400, "invalid_request_error", "Missing required param: type.", { param: "type", code: "parameter_missing" });
      return { status: 200, body: createAccount(params) };
    }
    const accountMatch = path.match(/^\/v1\/accounts\/(acct_\w+)$/);
    if (accountMatch) {
      const account = accounts.get(accountMatch[1]);
      if (!account) return stripeError(404, "invalid_request_error", `No such account: '${accountMatch[1]}'`, { param: "account", code: "resource_missing" });
      if (method === "POST") {
        if (typeof params.email === "string") account.email = params.email;
        if (params.metadata) account.metadata = { ...account.metadata, ...(params.metadata as Record<string, string>) };
      }
      return { status: 200, body: account };
    }
    if (method === "POST" && path === "/v1/account_links") {
      const account = typeof params.account === "string" ? accounts.get(params.account) : undefined;
      if (!account) return stripeError(400, "invalid_request_error", `No such account: '${params.account}'`, { param: "account", code: "resource_missing" });
      for (const field of ["return_url", "refresh_url"]) {
        if (typeof params[field] !== "string" || !/^https?:\/\//.test(params[field] as string)) return stripeError(400, "invalid_request_error", `Invalid URL: ${field}`, { param: field, code: "url_invalid" });
      }
      if (params.type !== "account_onboarding" && params.type !== "account_update") return stripeError(400, "invalid_request_error", "Invalid type", { param: "type" });
      const link: AccountLink = { id: stripeId("link"), account: account.id, return_url: params.return_url as string, refresh_url: params.refresh_url as string, expires_at: now() + linkTtl, used: false };
      links.set(link.id, link);
      return { status: 200, body: { object: "account_link", created: now(), expires_at: link.expires_at, url: `${publicUrl}/connect/onboarding/${link.id}` } };
    }
    const loginMatch = path.match(/^\/v1\/accounts\/(acct_\w+)\/login_links$/);
    if (method === "POST" && loginMatch) {
      if (!accounts.has(loginMatch[1])) return stripeError(404, "invalid_request_error", `No such account: '${loginMatch[1]}'`, { code: "resource_missing" });
      return { status: 200, body: { object: "login_link", created: now(), url: `${publicUrl}/express/${loginMatch[1]}` } };
    }
    return stripeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`);
  }

  const server = await startSandboxServer(async (request, body, url) => {
    const method = request.method ?? "GET";
    if (url.pathname.startsWith("/v1/")) {
      if (request.headers.authorization !== `Bearer ${STRIPE_SANDBOX_SECRET_KEY}`) {
        return stripeError(401, "invalid_request_error", "Invalid API Key provided.");
      }
      const key = request.headers["idempotency-key"];
      const idempotencyKey = typeof key === "string" && method === "POST" ? `${url.pathname}:${key}` : undefined;
      const remembered = idempotencyKey ? idempotent.get(idempotencyKey) : undefined;
      if (remembered) return { ...remembered, headers: { "idempotent-replayed": "true" } };
      const params = method === "GET" ? qs.parse(url.search.slice(1)) : qs.parse(body);
      const response = await api(method, url.pathname, params as Record<string, unknown>);
      if (idempotencyKey && response.status < 500) idempotent.set(idempotencyKey, response);
      return response;
    }

    const onboarding = url.pathname.match(/^\/connect\/onboarding\/(link_\w+)(\/submit)?$/);
    if (onboarding) {
      const link = links.get(onboarding[1]);
      if (!link) return { status: 404, html: "<h1>Unknown link</h1>" };
      const account = accounts.get(link.account)!;
      if (!onboarding[2]) {
        // Like Stripe: an expired or already visited link sends the person to refresh_url.
        if (link.used || link.expires_at < now()) return { status: 302, headers: { location: link.refresh_url } };
        link.used = true;
        return { status: 200, html: renderOnboardingPage(account.id, account.email, `/connect/onboarding/${link.id}/submit`) };
      }
      if (method !== "POST") return { status: 405, html: "<h1>Method not allowed</h1>" };
      const form = qs.parse(body) as Record<string, string>;
      const outcome = (["complete", "needs_information", "verifying", "rejected"] as const).find((candidate) => candidate === form.outcome) ?? "complete";
      await completeOnboarding(account.id, outcome);
      return { status: 303, headers: { location: link.return_url } };
    }

    const express = url.pathname.match(/^\/express\/(acct_\w+)$/);
    if (express) return { status: 200, html: `<!doctype html><title>Express dashboard (sandbox)</title><h1>Express dashboard</h1><p>Sandbox account ${express[1]}</p>` };

    if (url.pathname === "/sandbox/events") return { status: 200, body: { data: events.map((event) => ({ id: event.id, type: event.type, account: event.account })) } };
    const outcomeRoute = url.pathname.match(/^\/sandbox\/accounts\/(acct_\w+)\/outcome$/);
    if (outcomeRoute && method === "POST") {
      const form = (body.trim().startsWith("{") ? JSON.parse(body) : qs.parse(body)) as { outcome?: Outcome };
      const caused = await completeOnboarding(outcomeRoute[1], form.outcome ?? "complete");
      return { status: 200, body: { data: caused.map((event) => ({ id: event.id, type: event.type })) } };
    }
    return { status: 404, body: { error: { type: "invalid_request_error", message: `No route ${method} ${url.pathname}` } } };
  }, options.port ?? 0);
  publicUrl = server.url;

  return {
    ...server,
    accounts,
    events,
    completeOnboarding,
    setWebhookUrl: (url) => {
      webhookUrl = url;
    },
    deliver,
    signedEvent: (accountId, type = "account.updated") => {
      const account = accounts.get(accountId);
      if (!account) throw new Error(`no sandbox account ${accountId}`);
      const event = makeEvent(type, account, type === "account.updated" ? structuredClone(account) : { id: type === "person.created" ? stripeId("person") : "transfers", account: account.id });
      return { payload: event.payload, header: sign(event.payload), event };
    },
  };
}
