// Two corrections to every request before Next.js reads it, loaded before Next.js by the
// launcher and the Docker image (`node --import`), so they apply from the first request, and
// again from instrumentation.ts for servers started otherwise. Plain JavaScript so that
// `node --import` can load it without a TypeScript loader.
//
// 1. The address this server's socket saw becomes the right-most X-Forwarded-For entry, as
//    every proxy does. Next.js only fills X-Forwarded-For when the client did not send one, so
//    without this a client could write its own "address" (and route handlers never see the
//    socket). lib/http/client-ip.ts then counts TRUSTED_PROXY_HOPS entries from the right.
// 2. A path that does not percent-decode (`/admin/creators/%ZZ`, a cut UTF-8 sequence) makes
//    Next.js's router throw before the proxy runs, answering a bare 500 without the security
//    headers. Its percent signs are read as literal characters instead, as the WHATWG URL
//    standard's percent-decode does for a `%` without two hex digits: the path then reaches the
//    proxy and the page, which answer it like any unknown id (the branded not-found page).
import http from "node:http";

const PATCHED = Symbol.for("ofm.incomingRequestPatched");

function decodes(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The request target with an undecodable path made decodable; anything else unchanged. */
export function decodableTarget(target) {
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (decodes(path)) return target;
  return path.replaceAll("%", "%25") + (queryAt === -1 ? "" : target.slice(queryAt));
}

if (!http.Server.prototype[PATCHED]) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitCorrected(event, request, ...rest) {
    if (event === "request" && request?.socket) {
      const peer = request.socket.remoteAddress ?? "unknown";
      const forwarded = request.headers["x-forwarded-for"];
      const chain = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
      request.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
      if (typeof request.url === "string") request.url = decodableTarget(request.url);
    }
    return emit.call(this, event, request, ...rest);
  };
  http.Server.prototype[PATCHED] = true;
}
