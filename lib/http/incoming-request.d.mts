// Types for lib/http/incoming-request.mjs (plain JavaScript so that `node --import` loads it).
/** The request target with an undecodable path made decodable; anything else unchanged. */
export function decodableTarget(target: string): string;
