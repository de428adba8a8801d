// Makes the address this server's socket saw the right-most X-Forwarded-For entry, as every
// proxy does. Next.js only fills X-Forwarded-For when the client did not send one, so without
// this a client could write its own "address" (and route handlers never see the socket).
// lib/http/client-ip.ts then counts TRUSTED_PROXY_HOPS entries from the right.
//
// Loaded before Next.js by the launcher and the Docker image (`node --import`), so it applies
// from the first request, and again from instrumentation.ts for servers started otherwise.
// Plain JavaScript so that `node --import` can load it without a TypeScript loader.
import http from "node:http";

const PATCHED = Symbol.for("ofm.peerAddressPatched");

if (!http.Server.prototype[PATCHED]) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
    if (event === "request" && request?.socket) {
      const peer = request.socket.remoteAddress ?? "unknown";
      const forwarded = request.headers["x-forwarded-for"];
      const chain = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
      request.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
    }
    return emit.call(this, event, request, ...rest);
  };
  http.Server.prototype[PATCHED] = true;
}
