import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const Query = z.object({ id: z.string().min(1).max(64) });

// The bare route plus one database read (a user's id and session version through the one Prisma
// client): the floor of any route that reads the database once. Only in bench mode.
export async function GET(request: Request) {
  if (!env().BENCH_MODE) return new Response(null, { status: 404 });
  const query = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: { code: "invalid_query", message: "Pass ?id=<user id>." } }, { status: 400 });
  return Response.json({ user: await db.user.findUnique({ where: { id: query.data.id }, select: { id: true, sessionVersion: true } }) });
}
