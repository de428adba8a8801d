import http from "node:http";
import type { AddressInfo } from "node:net";

// A webhook endpoint for the sandboxes to deliver to: it records what arrives and answers the
// first `failFirst` deliveries with `failStatus`, so a test can see the sender retry.

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export async function startRecordingServer(options: { failFirst?: number; failStatus?: number } = {}) {
  const received: Received[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (failuresLeft > 0) {
        failuresLeft--;
        response.writeHead(options.failStatus ?? 500).end();
        return;
      }
      received.push({ path: request.url ?? "", headers: request.headers, body });
      response.writeHead(200).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    failuresLeft: () => failuresLeft,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
