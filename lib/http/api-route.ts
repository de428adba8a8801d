import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { JsonStatus, Operation, ResponseBody, RouteSpec } from "@/lib/http/operation";
import { requireSignedIn, signedInUser, type CurrentUser, type UserWithOnboardingRows } from "@/lib/auth/current-user";
import { AppError, errorBody, isTransientFault } from "@/lib/http/errors";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { parseInput } from "@/lib/http/validation";
import { DEFAULT_LANGUAGE, translateError } from "@/lib/i18n";
import { logger } from "@/lib/observability/logger";
import { metrics, routeTemplate } from "@/lib/observability/metrics";

// The one way into every /api/v1 route handler: body limits and parsing, zod validation,
// authentication and roles, rate limits, request ids, and errors as
// `{ error: { code, message, fields? } }`. Handlers only see typed input.

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

type BodyOf<S> = S extends { body: infer B extends z.ZodType } ? z.infer<B> : undefined;
type QueryOf<S> = S extends { query: infer Q extends z.ZodType } ? z.infer<Q> : undefined;
type ParamsOf<S> = S extends { params: infer P extends z.ZodType } ? z.infer<P> : Record<string, never>;
type UserOf<S> = S extends { auth: true | { roles: readonly Role[] } } ? CurrentUser : CurrentUser | null;
type RowsOf<S> = S extends { readsOnboarding: true } ? UserWithOnboardingRows : null;

interface RouteContext<S, Body, Query, User, Params, Rows = null> {
  /** Answers with a documented status and its body, checked against the schema outside production. */
  reply: <Status extends JsonStatus<S>>(status: Status, body: ResponseBody<S, Status>, headers?: Record<string, string>) => Response;
  body: Body;
  query: Query;
  user: User;
  /** With `readsOnboarding`: the signed-in user's row joined to their onboarding rows. */
  rows: Rows;
  ip: string;
  requestId: string;
  request: Request;
  params: Params;
  /** False past the address's quiet ceiling (lib/http/rate-limit.ts): answer as usual, send nothing. */
  emailAllowed: boolean;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", 413, `The request body is larger than ${maxBytes} bytes.`);
}

/**
 * The body as text, refused with 413 past `maxBytes` (declared, or counted while the stream is
 * read: a chunked body has no length to declare), and 400 when it is not valid UTF-8 (decoding
 * it loosely would turn different passwords into the same U+FFFD string).
 */
export async function readRawBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("invalid_encoding", 400, "The request body is not valid UTF-8.");
  }
}

/**
 * JSON only: a form post or a text/plain body is what a page on another site can send without
 * a CORS preflight, so the API refuses them whatever the proxy already decided. An empty body
 * is no fields (the schema then names what is missing).
 */
async function readBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readRawBody(request, maxBytes);
  if (!text.trim()) return {};
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new AppError("unsupported_media_type", 415, "Send the body as application/json.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", 400, "The request body is not valid JSON.");
  }
}

function jsonResponse(body: unknown, status: number, requestId: string, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "x-request-id": requestId, "cache-control": "no-store", ...headers } });
}

const TRANSIENT_RETRY_SECONDS = 5;

function errorResponse(error: unknown, requestId: string, route: string): Response {
  if (error instanceof AppError) {
    // Every 503 says when to come back (the API document promises it), as the transient one below.
    const retryAfter = error.retryAfterSeconds ?? (error.status === 503 ? TRANSIENT_RETRY_SECONDS : undefined);
    const headers: Record<string, string> = retryAfter ? { "retry-after": String(retryAfter) } : {};
    return jsonResponse(errorBody(error, requestId, (key) => translateError(key, DEFAULT_LANGUAGE)), error.status, requestId, headers);
  }
  if (isTransientFault(error)) {
    logger().warn({ err: error, requestId, route }, "transient fault");
    return jsonResponse(errorBody(new AppError("service_unavailable", 503, "The service is temporarily unavailable. Please retry."), requestId), 503, requestId, { "retry-after": String(TRANSIENT_RETRY_SECONDS) });
  }
  logger().error({ err: error, requestId, route }, "unhandled error");
  return jsonResponse(errorBody(new AppError("internal_error", 500, "Something went wrong on our side."), requestId), 500, requestId);
}

// Outside production every answer is checked against its schema, so a route that drifts from
// its documented shape fails its tests; production skips the cost.
const CHECK_RESPONSES = process.env.NODE_ENV !== "production";

function replyFor(spec: RouteSpec, requestId: string) {
  return (status: number, body: unknown, headers: Record<string, string> = {}): Response => {
    const schema = spec.responses[status]?.schema;
    if (!schema) throw new Error(`Status ${status} is not a documented JSON answer of this route.`);
    if (CHECK_RESPONSES) {
      const result = schema.safeParse(JSON.parse(JSON.stringify(body)));
      if (!result.success) throw new Error(`The ${status} answer does not match its schema: ${JSON.stringify(result.error.issues)}`);
    }
    return jsonResponse(body, status, requestId, headers);
  };
}

/** RFC 9745's Deprecation (a structured date), RFC 8594's Sunset, and a link to the successor. */
function deprecationHeaders(deprecated: NonNullable<Operation["deprecated"]>): Record<string, string> {
  const seconds = Math.floor(Date.parse(deprecated.since) / 1000);
  return {
    deprecation: `@${seconds}`,
    sunset: new Date(deprecated.sunset).toUTCString(),
    ...(deprecated.successor ? { link: `<${deprecated.successor}>; rel="successor-version"` } : {}),
  };
}

type ContextOf<S> = RouteContext<S, BodyOf<S>, QueryOf<S>, UserOf<S>, ParamsOf<S>, RowsOf<S>>;

export type ApiRouteHandler = ((request: Request, routeContext?: { params?: Promise<Record<string, string>> }) => Promise<Response>) & { operation: Operation };

export function apiRoute<const S extends Operation>(
  spec: S,
  handler: (context: ContextOf<S>) => Promise<Response>,
): ApiRouteHandler {
  const route = async (request: Request, routeContext?: { params?: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id")?.slice(0, 64) || randomUUID();
    const route = routeTemplate(new URL(request.url).pathname);
    const started = performance.now();
    const response = await handle(request, routeContext, requestId, route);
    if (spec.deprecated) for (const [name, value] of Object.entries(deprecationHeaders(spec.deprecated))) response.headers.set(name, value);
    const seconds = (performance.now() - started) / 1000;
    metrics().httpDuration.observe({ route, method: request.method, status: String(response.status) }, seconds);
    logger().info({ requestId, method: request.method, route, status: response.status, ms: Math.round(seconds * 1000) }, "api request");
    return response;
  };
  return Object.assign(route, { operation: spec as Operation });

  async function handle(request: Request, routeContext: { params?: Promise<Record<string, string>> } | undefined, requestId: string, route: string): Promise<Response> {
    try {
      const ip = clientIp(request.headers);
      const signedIn = spec.auth
        ? await requireSignedIn(request.headers, { ...(spec.auth === true ? {} : spec.auth), withOnboarding: spec.readsOnboarding })
        : spec.optionalAuth
          ? await signedInUser(request.headers)
          : null;
      const user = signedIn?.user ?? null;
      const query = spec.query ? parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      const body = spec.body ? parseInput(spec.body, await readBody(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)) : undefined;
      let emailAllowed = true;
      if (spec.rateLimit) {
        const fromBody = spec.rateLimit.emailField ? (body as Record<string, unknown> | undefined)?.[spec.rateLimit.emailField] : undefined;
        const email = typeof fromBody === "string" ? fromBody : user?.email;
        ({ emailAllowed } = await consumeRateLimit(spec.rateLimit.name, { ip, email }));
      }
      const rawParams = (await routeContext?.params) ?? {};
      const params = spec.params ? parseInput(spec.params, rawParams) : {};
      // The spec decides these types, and parseInput checked the values against its schemas;
      // requireSignedIn (with `auth`) and `readsOnboarding` decide the user's and the rows'.
      const context: ContextOf<S> = {
        reply: replyFor(spec, requestId) as ContextOf<S>["reply"],
        body: body as BodyOf<S>,
        query: query as QueryOf<S>,
        user: user as UserOf<S>,
        rows: (signedIn?.rows ?? null) as RowsOf<S>,
        params: params as ParamsOf<S>,
        ip,
        requestId,
        request,
        emailAllowed,
      };
      return await handler(context);
    } catch (error) {
      return errorResponse(error, requestId, route);
    }
  }
}
