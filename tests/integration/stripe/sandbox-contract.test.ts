import fs from "node:fs";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { startStripeSandbox } from "@/lib/sandbox/stripe";
import { stripeSandbox } from "../../support/integration-database";

// The local Stripe sandbox held to Stripe's own published spec: every object, error and event
// it produces, through the real SDK, validated against Stripe's OpenAPI schemas (ajv), with
// today's field set from Stripe's current example objects (tests/fixtures/stripe).

const spec = JSON.parse(fs.readFileSync("tests/fixtures/stripe/schemas-2023-08-16.json", "utf8")) as { schemas: Record<string, unknown> };
const fixtures = JSON.parse(fs.readFileSync("tests/fixtures/stripe/fixtures-current.json", "utf8")).resources as Record<string, Record<string, unknown>>;

/** OpenAPI 3.0's `nullable: true` as JSON Schema: `null` added to the type (or to the anyOf / enum). */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== "object") return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, jsonSchema(value)]));
  if (nullable !== true) return converted;
  if (Array.isArray(converted.enum)) converted.enum = [...converted.enum, null];
  if (typeof converted.type === "string") return { ...converted, type: [converted.type, "null"] };
  return { anyOf: [...((converted.anyOf as unknown[]) ?? [converted]), { type: "null" }] };
}

// x-* annotations are not keywords (strict: false).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "stripe", components: { schemas: jsonSchema(spec.schemas) } });
const validators = new Map<string, ValidateFunction>();

function validate(schema: string, value: unknown): string[] {
  if (!validators.has(schema)) validators.set(schema, ajv.compile({ $ref: `stripe#/components/schemas/${schema}` }));
  const check = validators.get(schema)!;
  return check(value) ? [] : (check.errors ?? []).map((error) => `${schema}${error.instancePath} ${error.message}`);
}

/** Today's fields: every top-level field of Stripe's current example object is present. */
function missingFields(resource: string, value: Record<string, unknown>): string[] {
  return Object.keys(fixtures[resource]).filter((field) => !(field in value));
}

function withoutField(value: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== field));
}

const stripe = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { host: "127.0.0.1", port: new URL(stripeSandbox.url).port, protocol: "http", maxNetworkRetries: 0 });

async function rawCall(method: string, path: string, body = "", headers: Record<string, string> = {}) {
  const response = await fetch(`${stripeSandbox.url}${path}`, { method, headers: { authorization: `Bearer ${STRIPE_SANDBOX_SECRET_KEY}`, "content-type": "application/x-www-form-urlencoded", ...headers }, body: method === "GET" ? undefined : body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const expressParams: Stripe.AccountCreateParams = {
  controller: { fees: { payer: "application" }, losses: { payments: "application" }, requirement_collection: "stripe", stripe_dashboard: { type: "express" } },
  country: "FR",
  email: "contract@example.test",
  business_type: "individual",
  capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  metadata: { user_id: "user_contract" },
};

describe("the Stripe sandbox against Stripe's OpenAPI spec", () => {
  it("accounts (create, retrieve, update, list) match the account schema and today's field set", async () => {
    const created = await stripe.accounts.create(expressParams);
    const retrieved = await stripe.accounts.retrieve(created.id);
    const updated = await stripe.accounts.update(created.id, { metadata: { note: "x" } });
    const listed = await stripe.accounts.list({ limit: 3 });
    for (const account of [created, retrieved, updated, ...listed.data]) {
      expect(validate("account", account)).toEqual([]);
      expect(missingFields("account", account as unknown as Record<string, unknown>)).toEqual([]);
    }
    expect(created.controller).toMatchObject({ type: "application", is_controller: true, stripe_dashboard: { type: "express" } });
    expect(created.future_requirements).toMatchObject({ alternatives: [], currently_due: [] });
    expect(created.requirements).toMatchObject({ alternatives: [], disabled_reason: "requirements.past_due" });
    expect(listed).toMatchObject({ object: "list", url: "/v1/accounts" });
  });

  it("account links and login links match their schemas", async () => {
    const account = await stripe.accounts.create(expressParams);
    const link = await stripe.accountLinks.create({ account: account.id, type: "account_onboarding", return_url: "https://app.example/return", refresh_url: "https://app.example/refresh", collection_options: { fields: "eventually_due" } });
    expect(validate("account_link", link)).toEqual([]);
    expect(missingFields("account_link", link as unknown as Record<string, unknown>)).toEqual([]);
    await stripeSandbox.completeOnboarding(account.id, "complete", { hold: true });
    const login = await stripe.accounts.createLoginLink(account.id);
    expect(validate("login_link", login)).toEqual([]);
    expect(missingFields("login_link", login as unknown as Record<string, unknown>)).toEqual([]);
  });

  it("every event it sends matches the event schema, and its object the resource's", async () => {
    const account = await stripe.accounts.create(expressParams);
    const events = [
      ...(await stripeSandbox.completeOnboarding(account.id, "document_expired", { hold: true })),
      ...(await stripeSandbox.completeOnboarding(account.id, "complete", { hold: true })),
      ...(await stripeSandbox.revokeAccess(account.id, { hold: true })),
    ];
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(["person.created", "capability.updated", "account.updated", "account.application.deauthorized"]));
    const objectSchemas: Record<string, [string, string | null]> = {
      "person.created": ["person", "person"],
      "capability.updated": ["capability", "capability"],
      "account.updated": ["account", "account"],
      "account.application.deauthorized": ["application", null],
    };
    for (const event of events) {
      const parsed = JSON.parse(event.payload) as { data: { object: Record<string, unknown> } };
      expect({ type: event.type, errors: validate("event", parsed) }).toEqual({ type: event.type, errors: [] });
      expect(missingFields("event", parsed)).toEqual([]);
      const [schema, fixture] = objectSchemas[event.type];
      expect({ type: event.type, errors: validate(schema, parsed.data.object) }).toEqual({ type: event.type, errors: [] });
      if (fixture) expect({ type: event.type, missing: missingFields(fixture, parsed.data.object) }).toEqual({ type: event.type, missing: [] });
    }
  });

  it("the check fails when a required field is missing (the schemas are really applied)", async () => {
    const account = (await stripe.accounts.create(expressParams)) as unknown as Record<string, unknown>;
    expect(validate("account", withoutField(account, "object"))).toContain("account must have required property 'object'");
    const [event] = await stripeSandbox.completeOnboarding(account.id as string, "complete", { hold: true });
    expect(validate("event", withoutField(JSON.parse(event.payload), "pending_webhooks"))).toContain("event must have required property 'pending_webhooks'");
  });
});

describe("Stripe's refusals, in Stripe's error shape", () => {
  async function refusal(run: () => Promise<unknown>) {
    try {
      await run();
    } catch (error) {
      return error as Stripe.errors.StripeError;
    }
    throw new Error("expected Stripe to refuse");
  }

  it.each([
    ["an unknown parameter", { ...expressParams, nickname: "x" }, "parameter_unknown", "nickname"],
    ["an unknown capability", { ...expressParams, capabilities: { nope: { requested: true } } }, "parameter_unknown", "capabilities[nope]"],
    ["an empty email", { ...expressParams, email: "" }, "parameter_invalid_empty", "email"],
    ["an unknown country", { ...expressParams, country: "ZZ" }, "country_unsupported", "country"],
    ["a country the platform cannot hold", { ...expressParams, country: "US" }, "country_unsupported", "country"],
  ] as const)("refuses %s with 400 invalid_request_error", async (_name, params, code, param) => {
    const error = await refusal(() => stripe.accounts.create(params as Stripe.AccountCreateParams));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, code, param });
    expect(validate("error", error.raw ? { error: error.raw } : {})).toEqual([]);
  });

  it("needs exactly one of type and controller", async () => {
    const { controller, ...withoutController } = expressParams;
    expect(await refusal(() => stripe.accounts.create(withoutController))).toMatchObject({ statusCode: 400, code: "parameter_missing", param: "type" });
    expect(await refusal(() => stripe.accounts.create({ ...withoutController, controller, type: "express" }))).toMatchObject({ statusCode: 400, code: "parameters_exclusive", param: "controller" });
  });

  it("a US platform holds accounts abroad only under the recipient agreement, and never with card payments", async () => {
    const usSandbox = await startStripeSandbox({ databaseUrl: process.env.DATABASE_URL!, webhookSecret: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET!, platformCountry: "US" });
    try {
      const us = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { host: "127.0.0.1", port: new URL(usSandbox.url).port, protocol: "http", maxNetworkRetries: 0 });
      const abroad = { ...expressParams, country: "JP" };
      expect(await refusal(() => us.accounts.create(abroad))).toMatchObject({ statusCode: 400, code: "country_unsupported", param: "tos_acceptance[service_agreement]" });
      const recipient = { ...abroad, tos_acceptance: { service_agreement: "recipient" } };
      expect(await refusal(() => us.accounts.create(recipient))).toMatchObject({ statusCode: 400, code: "invalid_capability_request", param: "capabilities[card_payments]" });
      const account = await us.accounts.create({ ...recipient, capabilities: { transfers: { requested: true } } });
      expect(account).toMatchObject({ country: "JP", capabilities: { transfers: "inactive" } });
      expect(account.capabilities).not.toHaveProperty("card_payments");
      const home: Stripe.AccountCreateParams = { ...expressParams };
      delete home.country;
      expect(await us.accounts.create(home)).toMatchObject({ country: "US" });
    } finally {
      await usSandbox.close();
    }
  });

  it("updates an account's email and metadata, and lists accounts newest first, by creation time and page", async () => {
    const first = await stripe.accounts.create(expressParams);
    const updated = await stripe.accounts.update(first.id, { email: "renamed@example.test", metadata: { source: "contract" } });
    expect(updated).toMatchObject({ email: "renamed@example.test", metadata: { user_id: "user_contract", source: "contract" } });
    expect((await stripe.accounts.update(first.id, { metadata: { source: "" } })).metadata).toEqual({ user_id: "user_contract" });
    expect((await stripe.accounts.update(first.id, { metadata: "" })).metadata).toEqual({});
    expect(await refusal(() => stripe.accounts.update(first.id, { nickname: "x" } as Stripe.AccountUpdateParams))).toMatchObject({ code: "parameter_unknown", param: "nickname" });
    const second = await stripe.accounts.create(expressParams);
    const page = await stripe.accounts.list({ limit: 1, created: { gte: first.created } });
    expect(page).toMatchObject({ object: "list", has_more: true });
    const [newest] = page.data;
    expect(newest.created).toBe(second.created);
    const rest = (await stripe.accounts.list({ limit: 100, created: { gte: first.created, lte: second.created }, starting_after: newest.id })).data.map((account) => account.id);
    expect(rest).not.toContain(newest.id);
    expect([newest.id, ...rest]).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it("gives a login link only to an account that finished onboarding, and refuses parameters it does not take", async () => {
    const account = await stripe.accounts.create(expressParams);
    expect(await refusal(() => stripe.accounts.createLoginLink(account.id))).toMatchObject({ statusCode: 400, param: "account" });
    expect((await rawCall("POST", `/v1/accounts/${account.id}/login_links`, "redirect_url=https://a.example")).body.error).toMatchObject({ code: "parameter_unknown", param: "redirect_url" });
    await stripeSandbox.completeOnboarding(account.id, "complete", { hold: true });
    expect(await stripe.accounts.createLoginLink(account.id)).toMatchObject({ object: "login_link", url: expect.stringContaining(`/express/${account.id}`) });
  });

  it("answers 404 in Stripe's shape for a URL it does not know", async () => {
    const response = await rawCall("GET", "/v1/charges");
    expect(response.status).toBe(404);
    expect(validate("error", response.body)).toEqual([]);
    expect(response.body.error).toMatchObject({ type: "invalid_request_error", message: expect.stringContaining("Unrecognized request URL (GET: /v1/charges)") });
  });

  it("answers every error body in the error schema, with a doc_url for coded errors", async () => {
    const response = await rawCall("POST", "/v1/accounts", "controller[stripe_dashboard][type]=express&nickname=x");
    expect(response.status).toBe(400);
    expect(validate("error", response.body)).toEqual([]);
    expect(response.body.error).toMatchObject({ type: "invalid_request_error", code: "parameter_unknown", param: "nickname", doc_url: "https://stripe.com/docs/error-codes/parameter-unknown" });
  });

  it("answers 403 (not 404) for an account the platform cannot access, and after access is revoked", async () => {
    const unknown = await refusal(() => stripe.accounts.retrieve("acct_1NotOurs"));
    expect(unknown).toBeInstanceOf(Stripe.errors.StripePermissionError);
    expect(unknown).toMatchObject({ statusCode: 403, code: "account_invalid" });
    const account = await stripe.accounts.create(expressParams);
    await stripeSandbox.revokeAccess(account.id, { hold: true });
    expect(await refusal(() => stripe.accounts.retrieve(account.id))).toBeInstanceOf(Stripe.errors.StripePermissionError);
    expect(await refusal(() => stripe.accountLinks.create({ account: account.id, type: "account_onboarding", return_url: "https://a.example", refresh_url: "https://a.example" }))).toMatchObject({ statusCode: 403 });
  });

  it("refuses account_update links for Express accounts", async () => {
    const account = await stripe.accounts.create(expressParams);
    const error = await refusal(() => stripe.accountLinks.create({ account: account.id, type: "account_update", return_url: "https://a.example", refresh_url: "https://a.example" }));
    expect(error).toMatchObject({ statusCode: 400, param: "type" });
  });

  it("keeps idempotency keys as Stripe documents: same request → same answer, other parameters → idempotency_error", async () => {
    const first = await stripe.accounts.create(expressParams, { idempotencyKey: "contract-key-1" });
    const again = await stripe.accounts.create(expressParams, { idempotencyKey: "contract-key-1" });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    const changed = await refusal(() => stripe.accounts.create({ ...expressParams, email: "other@example.test" }, { idempotencyKey: "contract-key-1" }));
    expect(changed).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(changed).toMatchObject({ statusCode: 400, type: "StripeIdempotencyError" });
  });
});
