import http from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for Inngest's event API and sync endpoint, as the SDK speaks to them
// (../shared/recipes/sdk-sandboxes.md): `POST /e/<event key>` with a JSON array of events,
// answered `{ ids, status }`; `POST /fn/register` with the app's function configuration.

export interface StandInRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface InngestStandIn {
  url: string;
  received: StandInRequest[];
  /** The next n event sends are answered 500. */
  failNextSends: (count: number) => void;
  close: () => Promise<void>;
}

export async function startInngestStandIn(): Promise<InngestStandIn> {
  const received: StandInRequest[] = [];
  let failures = 0;
  const server = http.createServer((request, response) => {
    let text = "";
    request.on("data", (chunk) => (text += chunk));
    request.on("end", () => {
      const body = text ? JSON.parse(text) : undefined;
      received.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body });
      response.setHeader("content-type", "application/json");
      if (request.url?.startsWith("/e/")) {
        if (failures > 0) {
          failures--;
          response.writeHead(500).end(JSON.stringify({ error: "stand-in failure" }));
          return;
        }
        response.end(JSON.stringify({ ids: (body as Array<{ id?: string }>).map((event, index) => event.id ?? `evt_${index}`), status: 200 }));
        return;
      }
      if (request.url?.startsWith("/fn/register")) {
        response.end(JSON.stringify({ ok: true, modified: true }));
        return;
      }
      response.writeHead(404).end(JSON.stringify({ error: "not found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    failNextSends: (count) => (failures = count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
