import { randomBytes } from "node:crypto";
import type { Operation } from "@/lib/http/operation";
import { assertMatchesDocument } from "./openapi";

/** A route handler; those built by apiRoute() carry their operation, and their answers are checked against the document. */
type Handler = ((request: Request, context?: { params?: Promise<Record<string, string>> }) => Promise<Response>) & { operation?: Operation };

interface CallOptions {
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  ip?: string;
  bearer?: string;
  cookie?: string;
  params?: Record<string, string>;
}

/** A fresh client address per call unless given, so rate limits of one test do not leak into another. */
export function randomIp(): string {
  return `2001:db8::${randomBytes(4).toString("hex").replace(/(.{4})/, "$1:")}`;
}

export async function callRoute(handler: Handler, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { "x-forwarded-for": options.ip ?? randomIp(), ...options.headers };
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.cookie) headers.cookie = options.cookie;
  const request = new Request(`http://localhost${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const { body } = await readAnswer(handler, response);
  return { status: response.status, headers: response.headers, body };
}

/** The answer's body (parsed when JSON), held to the OpenAPI document when the handler has an operation. */
async function readAnswer(handler: Handler, response: Response) {
  const text = await response.text();
  const json = response.headers.get("content-type")?.includes("json");
  const body = text && json ? JSON.parse(text) : text || undefined;
  if (handler.operation) assertMatchesDocument(handler.operation, response.status, response.headers, body);
  return { text, body };
}

/**
 * A `fetch` that serves requests with these route handlers in this process (the test's database
 * and sandboxes), each answer checked against the OpenAPI document like callRoute's: what an
 * HTTP client such as examples/api-client.ts runs on in tests.
 */
export function inProcessFetch(handlers: Array<Handler & { operation: Operation }>, ip = randomIp()): typeof fetch {
  const routes = handlers.map((handler) => ({ handler, pattern: new RegExp(`^${handler.operation.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`) }));
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const route = routes.find((candidate) => candidate.handler.operation.method === request.method.toLowerCase() && candidate.pattern.test(url.pathname));
    if (!route) return Response.json({ error: { code: "not_found", message: `${request.method} ${url.pathname} is not served in this test.` } }, { status: 404 });
    const headers = new Headers(request.headers);
    headers.set("x-forwarded-for", ip);
    const body = request.body ? await request.arrayBuffer() : undefined;
    const params = route.pattern.exec(url.pathname)?.groups ?? {};
    const response = await route.handler(new Request(request.url, { method: request.method, headers, body }), { params: Promise.resolve(params) });
    const { text } = await readAnswer(route.handler, response);
    return new Response(text, { status: response.status, headers: response.headers });
  };
}
