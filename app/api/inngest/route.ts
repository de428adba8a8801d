import { serve } from "inngest/next";
import { inngest } from "@/lib/automation/client";
import { allFunctions } from "@/lib/automation/functions";
import { env } from "@/lib/env";
import { AppError, errorBody } from "@/lib/http/errors";

// Inngest Cloud (or `npx inngest-cli dev`) calls this endpoint to run the functions. The
// handler is built on the first request: configuration is read at run time, not at build.
let handlers: { client: ReturnType<typeof inngest>; serve: ReturnType<typeof serve> } | undefined;

function inngestHandlers() {
  if (handlers?.client !== inngest()) handlers = { client: inngest(), serve: serve({ client: inngest(), functions: allFunctions() }) };
  return handlers.serve;
}

type Handler = (request: Request, context: unknown) => Promise<Response>;

// When this process runs the jobs itself, nothing may call in to run a function.
function served(method: "GET" | "POST" | "PUT"): Handler {
  return async (request, context) => {
    if (env().inngestMode === "local") return Response.json(errorBody(new AppError("not_found", 404, "Background jobs run in-process here: there is no Inngest endpoint.")), { status: 404 });
    return (inngestHandlers()[method] as Handler)(request, context);
  };
}

export const GET = served("GET");
export const POST = served("POST");
export const PUT = served("PUT");
