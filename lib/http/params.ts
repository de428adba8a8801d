import { z } from "zod";

/** The `[id]` segment of a route: an id as we issue them (cuid or uuid), nothing else. */
export const IdParams = z.object({ id: z.string().trim().regex(/^[\w-]{1,64}$/, { error: "id_invalid" }) });
