import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ErrorCode } from "@/lib/http/errors";
import type { RateLimitName } from "@/lib/http/rate-limit";

// The contract of one /api/v1 route: what apiRoute() enforces (input schemas, authentication,
// rate limit, answers) and what the OpenAPI document says about it, in one object, so the
// document is generated from what runs and cannot drift from it.

interface ResponseSpec {
  description: string;
  /** The whole body; absent for bodies that are not JSON (a CSV stream). */
  schema?: z.ZodType;
  /** application/json unless said. */
  contentType?: string;
  /** Response headers worth documenting (name → description). */
  headers?: Record<string, string>;
  /** Headers that only some answers carry (name → when). */
  optionalHeaders?: Record<string, string>;
}

export interface RouteSpec {
  body?: z.ZodType;
  query?: z.ZodType;
  /** The dynamic segments of the route's path ([id]). */
  params?: z.ZodType;
  /** Require a session or Bearer token (optionally with one of these roles). */
  auth?: true | { roles: readonly Role[] };
  /** Optional authentication: the user when there is one, otherwise null. */
  optionalAuth?: boolean;
  /** The handler shows the creator's onboarding: it is joined to the user's read (`rows`), one query. */
  readsOnboarding?: true;
  /** Counted per client IP, and per email when the body has one in `emailField` (or the user is known). */
  rateLimit?: { name: RateLimitName; emailField?: string };
  maxBodyBytes?: number;
  /** Every success status and its body. */
  responses: Record<number, ResponseSpec>;
}

type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface Operation extends RouteSpec {
  method: HttpMethod;
  /** OpenAPI's path template: `/api/v1/admin/creators/{id}` for `app/api/v1/admin/creators/[id]`. */
  path: `/api/v1/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** The route's own error codes by status (the generic ones — validation, auth, limits — are added from the spec). */
  errors?: Partial<Record<number, readonly ErrorCode[]>>;
  /** Announced for removal (docs/decisions/009-api-versioning.md): answered with Deprecation and Sunset headers. */
  deprecated?: { since: string; sunset: string; successor?: string };
  /** A webhook: the body is read raw (what the signature covers) and these headers carry the signature. */
  webhook?: { contentType: string; description: string; signatureHeaders: Record<string, string> };
}

/** A value as it may be handed to JSON.stringify for a schema of T: dates are still Date objects. */
type Wire<T> = T extends string ? T | Date : T extends readonly (infer U)[] ? readonly Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

type ResponsesOf<S> = S extends { responses: infer R } ? R : never;
export type JsonStatus<S> = { [K in keyof ResponsesOf<S>]: ResponsesOf<S>[K] extends { schema: z.ZodType } ? K : never }[keyof ResponsesOf<S>] & number;
export type ResponseBody<S, Status> = Status extends keyof ResponsesOf<S> ? (ResponsesOf<S>[Status] extends { schema: infer T extends z.ZodType } ? Wire<z.input<T>> : never) : never;
