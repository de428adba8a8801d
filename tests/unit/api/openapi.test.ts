import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { errorCodesOf, openApiDocument } from "@/lib/api/document";
import { operations } from "@/lib/api/operations";
import type { Operation } from "@/lib/http/operation";
import { API_TYPES_FILE, apiTypes } from "../../../scripts/api-types";

// The document and the route files, held to each other: every route file under app/api/v1 is
// in the document with the operation it runs, and the document lists nothing else.

const API_ROOT = path.resolve("app/api/v1");

function routeFiles(dir = API_ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/v1/admin/creators/[id]/route.ts` → `/api/v1/admin/creators/{id}`. */
function pathTemplate(file: string): string {
  const segments = path.relative(API_ROOT, path.dirname(file)).split(path.sep);
  return `/api/v1/${segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

const ROUTE_EXPORT = /^export const (GET|POST|PUT|PATCH|DELETE) = apiRoute\(operations\.(\w+),/;

function routesOnDisk() {
  return routeFiles().flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /^export const (GET|POST|PUT|PATCH|DELETE)\b/.test(line))
      .map((line) => {
        const match = ROUTE_EXPORT.exec(line);
        return { file: path.relative(process.cwd(), file), path: pathTemplate(file), method: match?.[1].toLowerCase() ?? `unguarded: ${line}`, operation: match?.[2] };
      }),
  );
}

describe("the OpenAPI document", () => {
  it("passes an OpenAPI 3.1 validator", async () => {
    const result = await validate(structuredClone(openApiDocument()) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(openApiDocument().openapi).toBe("3.1.0");
  });

  it("lists every route file under app/api/v1, with the operation that file runs", () => {
    const onDisk = routesOnDisk();
    expect(onDisk.length).toBeGreaterThanOrEqual(29);
    for (const route of onDisk) {
      const operation = (operations as Record<string, Operation>)[route.operation ?? ""];
      expect({ ...route, documented: operation ? `${operation.method} ${operation.path}` : "no operation" }).toEqual({ ...route, documented: `${route.method} ${route.path}` });
      expect(openApiDocument().paths[route.path]?.[route.method as Operation["method"]], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it("lists nothing that no route file serves", () => {
    const onDisk = new Set(routesOnDisk().map((route) => `${route.method} ${route.path}`));
    const documented = Object.entries(openApiDocument().paths).flatMap(([template, item]) => Object.keys(item ?? {}).map((method) => `${method} ${template}`));
    expect(documented.filter((entry) => !onDisk.has(entry))).toEqual([]);
    expect(documented).toHaveLength(onDisk.size);
  });

  it("gives every operation a unique id, a summary, a tag and its error codes by status", () => {
    const ids = Object.values(operations).map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of Object.values(operations) as Operation[]) {
      const documented = openApiDocument().paths[operation.path]?.[operation.method];
      expect(documented?.summary).toBeTruthy();
      expect(documented?.tags).toEqual([operation.tag]);
      for (const [status, codes] of errorCodesOf(operation)) {
        const schema = JSON.stringify(documented?.responses?.[String(status)]);
        for (const code of codes) expect(schema, `${operation.operationId} ${status}`).toContain(`"${code}"`);
      }
    }
  });

  it("documents authentication, rate limits and webhook signatures where they apply", () => {
    const paths = openApiDocument().paths;
    expect(paths["/api/v1/onboarding/status"]?.get?.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(paths["/api/v1/auth/register"]?.post?.security).toEqual([]);
    expect(Object.keys(paths["/api/v1/auth/register"]?.post?.responses?.["429"]?.headers ?? {})).toContain("retry-after");
    expect(JSON.stringify(paths["/api/v1/webhooks/stripe"]?.post?.parameters)).toContain("stripe-signature");
    expect(JSON.stringify(paths["/api/v1/webhooks/resend"]?.post?.parameters)).toContain("svix-signature");
    expect(JSON.stringify(paths["/api/v1/webhooks/sendgrid"]?.post?.parameters)).toContain("x-twilio-email-event-webhook-signature");
    expect(openApiDocument().components?.securitySchemes).toHaveProperty("bearerAuth");
  });

  it("matches the committed client types (run `npm run api:types` after changing a schema)", async () => {
    expect(fs.readFileSync(API_TYPES_FILE, "utf8") === (await apiTypes()), `${API_TYPES_FILE} is stale: run npm run api:types`).toBe(true);
  });
});
