import { createHash } from "node:crypto";
import qs from "qs";
import Stripe from "stripe";
import { STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { startSandboxServer, type SandboxResponse, type SandboxServer } from "@/lib/sandbox/http";
import { sandboxStore } from "@/lib/sandbox/store";
import { renderOnboardingPage } from "@/lib/sandbox/stripe-onboarding-page";
import { accountPlan } from "@/lib/stripe/platform";
import { applicationObject, applyOutcome, capabilityObject, newAccount, OUTCOMES, personObject, setStripeClockOffset, stripeId, unixNow, type AccountObject, type Outcome } from "@/lib/sandbox/stripe-objects";
import { checkParams, CREATE_ACCOUNT, CREATE_ACCOUNT_LINK, CREATE_WEBHOOK_ENDPOINT, LIST_ACCOUNTS, UPDATE_ACCOUNT, type ParamError } from "@/lib/sandbox/stripe-params";
import { STRIPE_API_VERSION } from "@/lib/stripe/client";
import { HANDLED_EVENT_TYPES } from "@/lib/stripe/events";

// A local stand-in for the parts of Stripe's API that we call (accounts, account links, login
// links), held to Stripe's published spec rather than to what is convenient: form-encoded
// requests, unknown or empty parameters refused with Stripe's error shape, idempotency keys
// as Stripe documents them, 403 for an account the platform cannot access, a per-second rate
// limit (test mode: 25 operations), and faults on demand (429, 500, slow, access revoked).
// tests/integration/stripe/sandbox-contract.test.ts validates every object and event it
// produces against Stripe's OpenAPI schemas. State lives in the app's database, so it survives
// a restart and several launchers share it. It also plays Stripe's hosted onboarding (a page
// where a person picks an outcome) and delivers webhooks signed exactly as Stripe signs them.

export type { Outcome };

export interface SandboxEvent {
  id: string;
  payload: string;
  type: string;
  account: string;
}

interface AccountRecord {
  account: AccountObject;
  revoked: boolean;
  personCreated: boolean;
}

interface AccountLink {
  id: string;
  account: string;
  return_url: string;
  refresh_url: string;
  expires_at: number;
  used: boolean;
}

/**
 * A fault for the next `count` API requests (all of them without `count`), only those about
 * `account` if given, or a random share of them (`rate`, 0–1).
 */
type StripeFault = { kind: "rate_limit" | "server_error" | "slow" | "revoked" | "key_revoked" | "key_restricted"; account?: string; count?: number; rate?: number; ms?: number };

export interface StripeSandboxOptions {
  /** Where the sandbox keeps its state (the app's database). */
  databaseUrl: string;
  /** The secret webhooks are signed with (lib/sandbox/secrets.ts; random in tests). */
  webhookSecret: string;
  /** Where signed webhooks are delivered (our POST /api/v1/webhooks/stripe). */
  webhookUrl?: string;
  /** Seconds an account link stays valid (Stripe: a few minutes). */
  linkTtlSeconds?: number;
  /** Operations per second before 429 (Stripe: 25 in test mode, 100 in live mode). */
  rateLimitPerSecond?: number;
  /** The platform's country (STRIPE_PLATFORM_COUNTRY): Stripe refuses accounts it cannot hold. */
  platformCountry?: string;
  port?: number;
}

interface DeliveryOptions {
  /** Deliver each event this many times. */
  copies?: number;
  /** Deliver in reverse order (an older account.updated after a newer one). */
  reverse?: boolean;
  /** Do not deliver at all (the test delivers them itself). */
  hold?: boolean;
}

export interface StripeSandbox extends SandboxServer {
  account: (accountId: string) => Promise<AccountObject | null>;
  /** Applies an onboarding outcome as if the person had finished Stripe's pages; returns the events it caused. */
  completeOnboarding: (accountId: string, outcome: Outcome, delivery?: DeliveryOptions) => Promise<SandboxEvent[]>;
  /** The creator revokes the platform's access: later reads answer 403, and a deauthorization event is sent. */
  revokeAccess: (accountId: string, delivery?: DeliveryOptions) => Promise<SandboxEvent[]>;
  /** Signs and returns an event for an account's current state without delivering it. */
  signedEvent: (accountId: string, type?: string, overrides?: { livemode?: boolean; created?: number }) => Promise<{ payload: string; header: string; event: SandboxEvent }>;
  /** Every event the sandbox produced (to validate against the spec). */
  events: () => Promise<SandboxEvent[]>;
  setFault: (fault: StripeFault | null) => void;
  /** API requests served so far (to check how many Stripe calls something costs). */
  apiRequests: () => number;
  setWebhookUrl: (url: string | undefined) => void;
  /** Plays a Stripe whose clock is `seconds` off ours (event `created`, the `Date` of answers). */
  setClockOffset: (seconds: number) => void;
  deliver: (event: SandboxEvent) => Promise<number>;
}

const ACCOUNT = "stripe_account";
const LINK = "stripe_link";
const IDEMPOTENCY = "stripe_idempotency";
const EVENT = "stripe_event";
const WEBHOOK_ENDPOINT = "stripe_webhook_endpoint";
const DOCS = "https://stripe.com/docs/error-codes";

function stripeError(status: number, type: string, message: string, extra: { code?: string; param?: string } = {}, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers, body: { error: { type, message, ...extra, ...(extra.code ? { doc_url: `${DOCS}/${extra.code.replaceAll("_", "-")}` } : {}) } } };
}

function paramError(error: ParamError): SandboxResponse {
  return stripeError(400, "invalid_request_error", error.message, { code: error.code, param: error.param });
}

/** Stripe's answer for an account the key cannot reach: 403, whether it never existed or access was revoked. */
/** Stripe's metadata update: an empty value unsets its key, an empty metadata unsets them all. */
function mergedMetadata(current: Record<string, string>, update: unknown): Record<string, string> {
  if (update === "") return {};
  const merged = { ...current, ...(update as Record<string, string> | undefined) };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ""));
}

function noAccess(accountId: string): SandboxResponse {
  return stripeError(403, "invalid_request_error", `The provided key 'sk_test_*****' does not have access to account '${accountId}' (or that account does not exist). Application access may have been revoked.`, { code: "account_invalid" });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startStripeSandbox(options: StripeSandboxOptions): Promise<StripeSandbox> {
  const store = sandboxStore(options.databaseUrl);
  const signer = new Stripe(STRIPE_SANDBOX_SECRET_KEY);
  const linkTtl = options.linkTtlSeconds ?? 300;
  const rateLimit = options.rateLimitPerSecond ?? 25;
  const platformCountry = options.platformCountry ?? "FR";
  const inFlight = new Set<string>();
  let webhookUrl = options.webhookUrl;
  let fault: StripeFault | null = null;
  let publicUrl = "";
  let window = { second: 0, count: 0 };
  let apiRequests = 0;

  const getRecord = (id: string) => store.get<AccountRecord>(ACCOUNT, id);
  const putRecord = (record: AccountRecord) => store.put(ACCOUNT, record.account.id, record);

  async function makeEvent(type: string, account: AccountObject, object: unknown, overrides: { livemode?: boolean; created?: number } = {}): Promise<SandboxEvent> {
    const event = {
      id: stripeId("evt"),
      object: "event",
      account: account.id,
      api_version: STRIPE_API_VERSION,
      created: overrides.created ?? unixNow(),
      data: { object },
      livemode: overrides.livemode ?? false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    const record = { id: event.id, payload: JSON.stringify(event), type, account: account.id };
    await store.put(EVENT, event.id, record);
    return record;
  }

  function sign(payload: string): string {
    return signer.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret, timestamp: unixNow() });
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
      await wait(500 * 2 ** attempt);
    }
    return 0;
  }

  async function dispatch(events: SandboxEvent[], delivery: DeliveryOptions = {}): Promise<SandboxEvent[]> {
    if (!delivery.hold) {
      const ordered = delivery.reverse ? [...events].reverse() : events;
      for (let copy = 0; copy < (delivery.copies ?? 1); copy++) for (const event of ordered) await deliver(event);
    }
    return events;
  }

  async function completeOnboarding(accountId: string, outcome: Outcome, delivery: DeliveryOptions = {}): Promise<SandboxEvent[]> {
    const record = await getRecord(accountId);
    if (!record) throw new Error(`no sandbox account ${accountId}`);
    applyOutcome(record.account, outcome);
    const caused: SandboxEvent[] = [];
    if (!record.personCreated) {
      record.personCreated = true;
      caused.push(await makeEvent("person.created", record.account, personObject(record.account)));
    }
    await putRecord(record);
    for (const capability of Object.keys(record.account.capabilities)) caused.push(await makeEvent("capability.updated", record.account, capabilityObject(record.account, capability)));
    caused.push(await makeEvent("account.updated", record.account, structuredClone(record.account)));
    return dispatch(caused, delivery);
  }

  async function revokeAccess(accountId: string, delivery: DeliveryOptions = {}): Promise<SandboxEvent[]> {
    const record = await getRecord(accountId);
    if (!record) throw new Error(`no sandbox account ${accountId}`);
    record.revoked = true;
    await putRecord(record);
    return dispatch([await makeEvent("account.application.deauthorized", record.account, applicationObject())], delivery);
  }

  /** Stripe's per-second limit on API operations (all endpoints together). */
  function overRateLimit(): boolean {
    const second = Math.floor(Date.now() / 1000);
    if (window.second !== second) window = { second, count: 0 };
    window.count += 1;
    return window.count > rateLimit;
  }

  /** A fault set by a test applies to the next `count` requests (about `account` if given: in the path or the parameters). */
  async function injectedFault(request: string): Promise<SandboxResponse | null> {
    if (!fault || (fault.account && !request.includes(fault.account))) return null;
    if (fault.rate !== undefined && Math.random() >= fault.rate) return null;
    const current = fault;
    if (current.count !== undefined && --current.count <= 0) fault = null;
    switch (current.kind) {
      case "rate_limit":
        return stripeError(429, "invalid_request_error", "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.", { code: "rate_limit" }, { "stripe-should-retry": "true" });
      case "server_error":
        return stripeError(500, "api_error", "An unknown error occurred (sandbox fault).");
      case "slow":
        await wait(current.ms ?? 5000);
        return null;
      case "revoked":
        return noAccess(current.account ?? request.split("/")[3] ?? "acct_unknown");
      case "key_revoked":
        // What Stripe answers once the platform's secret key was rolled or deleted.
        return stripeError(401, "invalid_request_error", "Invalid API Key provided: sk_test_*****");
      case "key_restricted":
        // A restricted key without Connect permissions: 403 on everything, the platform's own account included.
        return stripeError(403, "invalid_request_error", "The provided key 'rk_test_*****' does not have the required permissions for this endpoint. Having the 'rak_connected_account_read' permission would allow this request to continue.");
    }
  }

  async function createAccount(params: Record<string, unknown>): Promise<SandboxResponse> {
    const problem = checkParams(params, CREATE_ACCOUNT);
    if (problem) return paramError(problem);
    const controller = params.controller as Record<string, unknown> | undefined;
    if (!params.type && !controller) return stripeError(400, "invalid_request_error", "You must specify either `type` or `controller` when creating an account.", { code: "parameter_missing", param: "type" });
    if (params.type && controller) return stripeError(400, "invalid_request_error", "You cannot specify both `type` and `controller`.", { code: "parameters_exclusive", param: "controller" });
    const country = typeof params.country === "string" ? params.country : platformCountry;
    const requested = Object.entries((params.capabilities ?? {}) as Record<string, { requested?: string }>).filter(([, value]) => value?.requested === "true").map(([name]) => name);
    const recipient = (params.tos_acceptance as { service_agreement?: string } | undefined)?.service_agreement === "recipient";
    const plan = accountPlan(country, platformCountry);
    if (!plan) return stripeError(400, "invalid_request_error", `Connected accounts in ${country} cannot be created by platforms in ${platformCountry}.`, { code: "country_unsupported", param: "country" });
    if (recipient && requested.includes("card_payments")) {
      return stripeError(400, "invalid_request_error", "The `card_payments` capability cannot be requested for accounts with the `recipient` service agreement.", { code: "invalid_capability_request", param: "capabilities[card_payments]" });
    }
    if (!recipient && plan.serviceAgreement === "recipient") {
      return stripeError(400, "invalid_request_error", `Accounts in ${country} can only be created with the \`recipient\` service agreement by this platform.`, { code: "country_unsupported", param: "tos_acceptance[service_agreement]" });
    }
    const account = newAccount({ email: params.email as string | undefined, country, business_type: params.business_type as string | undefined, capabilities: requested, metadata: mergedMetadata({}, params.metadata), controller, recipient });
    await putRecord({ account, revoked: false, personCreated: false });
    return { status: 200, body: account };
  }

  async function listAccounts(params: Record<string, unknown>): Promise<SandboxResponse> {
    const problem = checkParams(params, LIST_ACCOUNTS);
    if (problem) return paramError(problem);
    const limit = Math.min(100, Number(params.limit ?? 10));
    const created = (params.created ?? {}) as Record<string, string>;
    const records = (await store.list<AccountRecord>(ACCOUNT, 10_000)).filter((record) => !record.revoked);
    let accounts = records.map((record) => record.account).filter((account) => (!created.gte || account.created >= Number(created.gte)) && (!created.lte || account.created <= Number(created.lte)));
    accounts.sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
    if (typeof params.starting_after === "string") accounts = accounts.slice(accounts.findIndex((account) => account.id === params.starting_after) + 1);
    return { status: 200, body: { object: "list", data: accounts.slice(0, limit), has_more: accounts.length > limit, url: "/v1/accounts" } };
  }

  /** Stripe's webhook endpoint object (API reference, "The Webhook Endpoint object"); the secret only at creation. */
  function webhookEndpoint(params: { url: string; enabled_events: string[]; connect: boolean; api_version?: string; description?: string }) {
    return { id: stripeId("we"), object: "webhook_endpoint", api_version: params.api_version ?? null, application: params.connect ? applicationObject().id : null, created: unixNow(), description: params.description ?? null, enabled_events: params.enabled_events, livemode: false, metadata: {}, status: "enabled", url: params.url };
  }

  async function webhookEndpoints(method: string, path: string, params: Record<string, unknown>): Promise<SandboxResponse> {
    if (method === "GET" && path === "/v1/webhook_endpoints") {
      const endpoints = await store.list<ReturnType<typeof webhookEndpoint>>(WEBHOOK_ENDPOINT);
      endpoints.sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
      const limit = Math.min(100, Number(params.limit ?? 10));
      return { status: 200, body: { object: "list", data: endpoints.slice(0, limit), has_more: endpoints.length > limit, url: "/v1/webhook_endpoints" } };
    }
    if (method === "POST" && path === "/v1/webhook_endpoints") {
      const problem = checkParams(params, CREATE_WEBHOOK_ENDPOINT);
      if (problem) return paramError(problem);
      const endpoint = webhookEndpoint({ url: params.url as string, enabled_events: params.enabled_events as string[], connect: params.connect === "true", api_version: params.api_version as string | undefined, description: params.description as string | undefined });
      await store.put(WEBHOOK_ENDPOINT, endpoint.id, endpoint);
      return { status: 200, body: { ...endpoint, secret: options.webhookSecret } };
    }
    const one = path.match(/^\/v1\/webhook_endpoints\/(we_\w+)$/);
    const endpoint = one ? await store.get<ReturnType<typeof webhookEndpoint>>(WEBHOOK_ENDPOINT, one[1]) : null;
    if (!one || !endpoint) return stripeError(404, "invalid_request_error", `No such webhook endpoint: '${one?.[1] ?? path}'`, { code: "resource_missing", param: "id" });
    if (method === "DELETE") {
      await store.remove(WEBHOOK_ENDPOINT, endpoint.id);
      return { status: 200, body: { id: endpoint.id, object: "webhook_endpoint", deleted: true } };
    }
    return { status: 200, body: endpoint };
  }

  async function api(method: string, path: string, params: Record<string, unknown>): Promise<SandboxResponse> {
    if (path.startsWith("/v1/webhook_endpoints")) return webhookEndpoints(method, path, params);
    if (method === "GET" && path === "/v1/account") {
      const platform = newAccount({ country: platformCountry, capabilities: ["card_payments", "transfers"], metadata: {}, recipient: false });
      return { status: 200, body: { ...platform, id: "acct_ofm_sandbox_platform", type: "standard", charges_enabled: true, payouts_enabled: true, details_submitted: true, settings: { ...(platform.settings as object), dashboard: { display_name: "OFM Onboarding sandbox", timezone: "Etc/UTC" } } } };
    }
    if (path === "/v1/accounts") return method === "POST" ? createAccount(params) : listAccounts(params);

    const accountMatch = path.match(/^\/v1\/accounts\/([\w-]+)$/);
    if (accountMatch) {
      const record = await getRecord(accountMatch[1]);
      if (!record || record.revoked) return noAccess(accountMatch[1]);
      if (method === "POST") {
        const problem = checkParams(params, UPDATE_ACCOUNT);
        if (problem) return paramError(problem);
        if (typeof params.email === "string") record.account.email = params.email;
        if (params.metadata !== undefined) record.account.metadata = mergedMetadata(record.account.metadata, params.metadata);
        await putRecord(record);
      }
      return { status: 200, body: record.account };
    }

    if (method === "POST" && path === "/v1/account_links") {
      const problem = checkParams(params, CREATE_ACCOUNT_LINK);
      if (problem) return paramError(problem);
      const record = typeof params.account === "string" ? await getRecord(params.account) : null;
      if (!record || record.revoked) return noAccess(String(params.account));
      const dashboard = ((record.account.controller as { stripe_dashboard?: { type?: string } }).stripe_dashboard?.type) ?? "express";
      if (params.type === "account_update" && dashboard === "express") {
        return stripeError(400, "invalid_request_error", "You cannot create `account_update` type Account Links for accounts where the platform is not responsible for collecting requirements (Express accounts).", { param: "type" });
      }
      const link: AccountLink = { id: stripeId("link"), account: record.account.id, return_url: params.return_url as string, refresh_url: params.refresh_url as string, expires_at: unixNow() + linkTtl, used: false };
      await store.put(LINK, link.id, link);
      return { status: 200, body: { object: "account_link", created: unixNow(), expires_at: link.expires_at, url: `${publicUrl}/connect/onboarding/${link.id}` } };
    }

    const loginMatch = path.match(/^\/v1\/accounts\/([\w-]+)\/login_links$/);
    if (method === "POST" && loginMatch) {
      if (Object.keys(params).length > 0) return paramError({ code: "parameter_unknown", param: Object.keys(params)[0], message: `Received unknown parameter: ${Object.keys(params)[0]}` });
      const record = await getRecord(loginMatch[1]);
      if (!record || record.revoked) return noAccess(loginMatch[1]);
      if (!record.account.details_submitted) return stripeError(400, "invalid_request_error", "Cannot create a login link for an account that has not completed onboarding.", { param: "account" });
      return { status: 200, body: { object: "login_link", created: unixNow(), url: `${publicUrl}/express/${record.account.id}` } };
    }
    return stripeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`);
  }

  /** Idempotency as Stripe documents it: same key and parameters → the first answer again
   * (marked Idempotent-Replayed); other parameters → idempotency_error; still running → 409. */
  async function idempotent(method: string, path: string, key: string, params: Record<string, unknown>, run: () => Promise<SandboxResponse>): Promise<SandboxResponse> {
    const scoped = `${method} ${path} ${key}`;
    const digest = createHash("sha256").update(JSON.stringify(params)).digest("hex");
    const known = await store.get<{ digest: string; response: SandboxResponse }>(IDEMPOTENCY, scoped);
    if (known && known.digest !== digest) {
      return stripeError(400, "idempotency_error", `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`);
    }
    if (known) return { ...known.response, headers: { ...known.response.headers, "idempotent-replayed": "true" } };
    if (inFlight.has(scoped)) return stripeError(409, "idempotency_error", `There is currently another in-progress request using this Stripe-Idempotency-Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`);
    inFlight.add(scoped);
    try {
      const response = await run();
      // Stripe saves every answer that started executing, except 5xx (which are safe to retry).
      if (response.status < 500) await store.put(IDEMPOTENCY, scoped, { digest, response });
      return response;
    } finally {
      inFlight.delete(scoped);
    }
  }

  const server = await startSandboxServer(async (request, body, url) => {
    const method = request.method ?? "GET";
    if (url.pathname.startsWith("/v1/")) {
      if (request.headers.authorization !== `Bearer ${STRIPE_SANDBOX_SECRET_KEY}`) {
        return stripeError(401, "invalid_request_error", "Invalid API Key provided: sk_test_*****");
      }
      apiRequests += 1;
      const params = (method === "GET" ? qs.parse(url.search.slice(1)) : qs.parse(body)) as Record<string, unknown>;
      const injected = await injectedFault(typeof params.account === "string" ? `${url.pathname} ${params.account}` : url.pathname);
      if (injected) return injected;
      if (overRateLimit()) return stripeError(429, "invalid_request_error", "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.", { code: "rate_limit" }, { "stripe-should-retry": "true" });
      const key = request.headers["idempotency-key"];
      const answer = typeof key === "string" && method === "POST" ? await idempotent(method, url.pathname, key, params, () => api(method, url.pathname, params)) : await api(method, url.pathname, params);
      // Like every answer of Stripe's: its own clock in the Date header (RFC 9110).
      return { ...answer, headers: { date: new Date(unixNow() * 1000).toUTCString(), ...answer.headers } };
    }

    const onboarding = url.pathname.match(/^\/connect\/onboarding\/(link_\w+)(\/submit)?$/);
    if (onboarding) {
      const link = await store.get<AccountLink>(LINK, onboarding[1]);
      if (!link) return { status: 404, html: "<h1>Unknown link</h1>" };
      const record = (await getRecord(link.account))!;
      if (!onboarding[2]) {
        // Like Stripe: an expired or already visited link sends the person to refresh_url.
        if (link.used || link.expires_at < unixNow()) return { status: 302, headers: { location: link.refresh_url } };
        await store.put(LINK, link.id, { ...link, used: true });
        return { status: 200, html: renderOnboardingPage(record.account.id, record.account.email, `/connect/onboarding/${link.id}/submit`, OUTCOMES) };
      }
      if (method !== "POST") return { status: 405, html: "<h1>Method not allowed</h1>" };
      const form = qs.parse(body) as Record<string, string>;
      const outcome = OUTCOMES.find((candidate) => candidate.value === form.outcome)?.value ?? "complete";
      await completeOnboarding(record.account.id, outcome);
      return { status: 303, headers: { location: link.return_url } };
    }

    const express = url.pathname.match(/^\/express\/(acct_\w+)$/);
    if (express) return { status: 200, html: `<!doctype html><title>Express dashboard (sandbox)</title><h1>Express dashboard</h1><p>TEST MODE · Sandbox account ${express[1]}</p>` };

    if (url.pathname === "/sandbox/events") return { status: 200, body: { data: (await store.list<SandboxEvent>(EVENT)).map((event) => ({ id: event.id, type: event.type, account: event.account })) } };
    if (url.pathname === "/sandbox/faults" && method === "POST") {
      fault = body.trim() ? (JSON.parse(body) as StripeFault) : null;
      return { status: 200, body: { fault } };
    }
    const outcomeRoute = url.pathname.match(/^\/sandbox\/accounts\/(acct_\w+)\/(outcome|revoke)$/);
    if (outcomeRoute && method === "POST") {
      const form = (body.trim().startsWith("{") ? JSON.parse(body) : qs.parse(body)) as { outcome?: Outcome };
      const caused = outcomeRoute[2] === "revoke" ? await revokeAccess(outcomeRoute[1]) : await completeOnboarding(outcomeRoute[1], form.outcome ?? "complete");
      return { status: 200, body: { data: caused.map((event) => ({ id: event.id, type: event.type })) } };
    }
    return { status: 404, body: { error: { type: "invalid_request_error", message: `No route ${method} ${url.pathname}` } } };
  }, options.port ?? 0);
  publicUrl = server.url;
  // The Connect endpoint the README's setup makes, for the app the launcher runs: `npm run doctor` checks it.
  if (webhookUrl && !(await store.list<ReturnType<typeof webhookEndpoint>>(WEBHOOK_ENDPOINT)).some((endpoint) => endpoint.url === webhookUrl)) {
    const endpoint = webhookEndpoint({ url: webhookUrl, enabled_events: [...HANDLED_EVENT_TYPES], connect: true, api_version: STRIPE_API_VERSION });
    await store.put(WEBHOOK_ENDPOINT, endpoint.id, endpoint);
  }

  return {
    ...server,
    close: async () => {
      await server.close();
      await store.close();
    },
    account: async (accountId) => (await getRecord(accountId))?.account ?? null,
    completeOnboarding,
    revokeAccess,
    events: () => store.list<SandboxEvent>(EVENT, 100_000),
    setFault: (next) => {
      fault = next ? { ...next } : null;
    },
    apiRequests: () => apiRequests,
    setWebhookUrl: (next) => {
      webhookUrl = next;
    },
    setClockOffset: setStripeClockOffset,
    deliver,
    signedEvent: async (accountId, type = "account.updated", overrides = {}) => {
      const record = await getRecord(accountId);
      if (!record) throw new Error(`no sandbox account ${accountId}`);
      const object = type === "account.updated" ? structuredClone(record.account) : type === "person.created" ? personObject(record.account) : type === "account.application.deauthorized" ? applicationObject() : capabilityObject(record.account, "transfers");
      const event = await makeEvent(type, record.account, object, overrides);
      return { payload: event.payload, header: sign(event.payload), event };
    },
  };
}
