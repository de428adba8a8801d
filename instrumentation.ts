// Runs once when the server starts: a bad configuration stops it here, with every problem listed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  env();
}
