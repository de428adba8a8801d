import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import type { ErrorCode } from "@/lib/http/errors";
import type { Operation } from "@/lib/http/operation";
import { operations } from "@/lib/api/operations";

// The OpenAPI 3.1 document of /api/v1, generated from the operations the routes run with
// (zod-openapi over zod 4's own JSON Schema output). Built once per process.

const API_VERSION = "1.1.0";
const OPENAPI_VERSION = "3.1.0";

const ERROR_HEADERS = z.object({ "x-request-id": z.string().meta({ description: "Quote it when you contact support." }) });
const RETRY_HEADERS = ERROR_HEADERS.extend({ "retry-after": z.string().meta({ description: "Seconds to wait before trying again." }) });

const STATUS_TEXT: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in, or the token or session is no longer valid",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict with the current state",
  410: "Gone (an expired link)",
  413: "Body too large",
  415: "Unsupported media type",
  422: "Invalid input",
  429: "Too many requests",
  500: "Unexpected error",
  502: "An upstream service refused our configuration",
  503: "Temporarily unavailable",
};

/** The codes a route can answer with, by status: its own, plus those its spec implies. */
export function errorCodesOf(operation: Operation): Map<number, Set<ErrorCode>> {
  const codes = new Map<number, Set<ErrorCode>>();
  const add = (status: number, ...list: readonly ErrorCode[]) => {
    const set = codes.get(status) ?? new Set<ErrorCode>();
    for (const code of list) set.add(code);
    codes.set(status, set);
  };
  if (operation.body) {
    add(400, "invalid_json", "invalid_encoding");
    add(413, "payload_too_large");
    add(415, "unsupported_media_type");
  }
  if (operation.body || operation.query || operation.params) add(422, "validation_failed");
  if (operation.webhook) {
    add(400, "invalid_encoding");
    add(413, "payload_too_large");
  }
  if (operation.auth) add(401, "unauthenticated");
  if (operation.auth && operation.auth !== true) add(403, "forbidden");
  if (operation.rateLimit) add(429, "rate_limited");
  for (const [status, list] of Object.entries(operation.errors ?? {})) add(Number(status), ...(list ?? []));
  add(500, "internal_error");
  add(503, "service_unavailable");
  return new Map([...codes].sort(([a], [b]) => a - b));
}

function errorSchema(codes: Set<ErrorCode>) {
  return z.strictObject({
    error: z.strictObject({
      code: z.enum([...codes] as [ErrorCode, ...ErrorCode[]]).meta({ description: "Stable and machine-readable: branch on it." }),
      message: z.string().meta({ description: "Readable, in English; may be reworded." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "One message per invalid field, keyed by its dotted path." }),
      requestId: z.string().optional(),
    }),
  });
}

function responsesOf(operation: Operation): ZodOpenApiResponsesObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    const documented = [
      ...Object.entries(response.headers ?? {}).map(([name, description]) => [name, z.string().meta({ description })] as const),
      ...Object.entries(response.optionalHeaders ?? {}).map(([name, description]) => [name, z.string().optional().meta({ description })] as const),
    ];
    responses[status as `2${string}`] = {
      description: response.description,
      headers: ERROR_HEADERS.extend(Object.fromEntries(documented)),
      content: { [response.contentType ?? "application/json"]: { schema: response.schema ?? z.string() } },
    };
  }
  for (const [status, codes] of errorCodesOf(operation)) {
    responses[String(status) as `4${string}`] = {
      description: `${STATUS_TEXT[status] ?? "Error"}: ${[...codes].map((code) => `\`${code}\``).join(", ")}.`,
      headers: status === 429 || status === 503 ? RETRY_HEADERS : ERROR_HEADERS,
      content: { "application/json": { schema: errorSchema(codes) } },
    };
  }
  return responses;
}

function securityOf(operation: Operation): Array<Record<string, string[]>> {
  if (operation.auth) return [{ bearerAuth: [] }, { sessionCookie: [] }];
  if (operation.optionalAuth) return [{ bearerAuth: [] }, { sessionCookie: [] }, {}];
  return [];
}

function operationObject(operation: Operation): ZodOpenApiOperationObject {
  const { webhook } = operation;
  const description = [
    operation.description,
    operation.rateLimit ? "Rate-limited per client IP and per email: over the limit, 429 with `retry-after`." : undefined,
    operation.deprecated ? `**Deprecated** since ${operation.deprecated.since}; removed after ${operation.deprecated.sunset}${operation.deprecated.successor ? ` (use ${operation.deprecated.successor})` : ""}.` : undefined,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(description ? { description } : {}),
    tags: [operation.tag],
    ...(operation.deprecated ? { deprecated: true } : {}),
    security: securityOf(operation),
    requestParams: {
      ...(operation.query ? { query: operation.query as z.ZodObject } : {}),
      ...(operation.params ? { path: operation.params as z.ZodObject } : {}),
      ...(webhook ? { header: z.object(Object.fromEntries(Object.entries(webhook.signatureHeaders).map(([name, text]) => [name, z.string().meta({ description: text })]))) } : {}),
    },
    ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: operation.body } } } } : {}),
    ...(webhook ? { requestBody: { required: true, description: Object.keys(webhook.signatureHeaders).length ? `${webhook.description} Read raw: the signature covers the exact bytes.` : webhook.description, content: { [webhook.contentType]: { schema: z.string() } } } } : {}),
    responses: responsesOf(operation),
  };
}

function paths(): ZodOpenApiPathsObject {
  const result: ZodOpenApiPathsObject = {};
  for (const operation of Object.values(operations) as Operation[]) {
    result[operation.path] = { ...result[operation.path], [operation.method]: operationObject(operation) };
  }
  return result;
}

const DESCRIPTION = `The API behind OFM Onboarding's wizard, for other front ends and integrations.

**Authentication.** Exchange email and password for a Bearer token at \`POST /api/v1/auth/token\` and send it as \`Authorization: Bearer <token>\`; the app's own pages use the session cookie instead. A cookie-authenticated write must come from the app's own origin (CSRF).

**Errors.** Every error is \`{ "error": { "code", "message", "fields"? } }\`. Branch on \`code\`: codes are stable; messages may be reworded. Each operation lists its codes by status.

**Versioning.** Within \`/api/v1\` changes are additive (new endpoints, new optional input, new response fields, new error codes on new conditions). Anything removed is first marked \`deprecated\` here and answered with a \`Deprecation\` header (and \`Sunset\` with the date) for at least 90 days. See the README's API changelog.`;

type OpenApiDocument = ReturnType<typeof createDocument> & { openapi: typeof OPENAPI_VERSION; paths: NonNullable<ReturnType<typeof createDocument>["paths"]> };
let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  cached ??= createDocument({
    openapi: OPENAPI_VERSION,
    info: { title: "OFM Onboarding API", version: API_VERSION, description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: "/", description: "This deployment" }],
    tags: [
      { name: "Authentication", description: "Registration, tokens, verification and password resets." },
      { name: "Account", description: "The signed-in person's own account: settings, data export, deletion." },
      { name: "Onboarding", description: "The creator's progress and payouts onboarding on Stripe." },
      { name: "Admin", description: "The agency's view of every creator, and its team. Admin role required." },
      { name: "Webhooks", description: "Events from Stripe and the email provider, each checked against its signature before anything is parsed." },
      { name: "Meta", description: "This document." },
    ],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWE", description: "From POST /api/v1/auth/token (15 minutes)." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "__Secure-next-auth.session-token", description: "The web app's session (named `next-auth.session-token` over plain http in development)." },
      },
    },
    paths: paths(),
  }) as OpenApiDocument;
  return cached;
}
