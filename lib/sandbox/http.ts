import http from "node:http";

// Shared plumbing of the local sandboxes (mail, Stripe): small HTTP servers on loopback
// that the real SDKs talk to. Never started in production with real keys.

export interface SandboxServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export type SandboxHandler = (request: http.IncomingMessage, body: string, url: URL) => Promise<SandboxResponse> | SandboxResponse;

export interface SandboxResponse {
  status: number;
  body?: unknown;
  html?: string;
  headers?: Record<string, string>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function startSandboxServer(handler: SandboxHandler, port = 0): Promise<SandboxServer> {
  const server = http.createServer(async (request, response) => {
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) throw new Error("body too large");
        chunks.push(chunk);
      }
      const url = new URL(request.url ?? "/", "http://sandbox.local");
      const result = await handler(request, Buffer.concat(chunks).toString("utf8"), url);
      const headers = { "request-id": `req_sandbox_${Date.now().toString(36)}`, ...result.headers };
      if (result.html !== undefined) {
        response.writeHead(result.status, { "content-type": "text/html; charset=utf-8", ...headers });
        response.end(result.html);
      } else {
        response.writeHead(result.status, { "content-type": "application/json", ...headers });
        response.end(result.body === undefined ? "" : JSON.stringify(result.body));
      }
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { type: "api_error", message: (error as Error).message } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
