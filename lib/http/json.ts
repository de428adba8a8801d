/** JSON text → value, or undefined when it is not JSON (for a schema to refuse, never a 500). */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
