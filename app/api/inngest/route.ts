import { serve } from "inngest/next";
import { inngest } from "@/lib/automation/client";
import { allFunctions } from "@/lib/automation/functions";

// Inngest Cloud (or `npx inngest-cli dev`) calls this endpoint to run the functions. The
// handler is built on the first request: configuration is read at run time, not at build.
let handlers: { client: ReturnType<typeof inngest>; serve: ReturnType<typeof serve> } | undefined;

function inngestHandlers() {
  if (handlers?.client !== inngest()) handlers = { client: inngest(), serve: serve({ client: inngest(), functions: allFunctions() }) };
  return handlers.serve;
}

type Handler = (request: Request, context: unknown) => Promise<Response>;

export const GET: Handler = (request, context) => (inngestHandlers().GET as Handler)(request, context);
export const POST: Handler = (request, context) => (inngestHandlers().POST as Handler)(request, context);
export const PUT: Handler = (request, context) => (inngestHandlers().PUT as Handler)(request, context);
