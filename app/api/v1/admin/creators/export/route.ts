import { operations } from "@/lib/api/operations";
import { allCreators, csvHeader, csvLines } from "@/lib/admin/creators";
import { apiRoute } from "@/lib/http/api-route";

// Streamed: rows are read and written in batches, so memory stays flat whatever the count.
export const GET = apiRoute(operations.exportCreatorsCsv, async ({ user, query, requestId }) => {
  const encoder = new TextEncoder();
  const batches = allCreators(user, query);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader()));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(next.value)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="creators-${stamp}.csv"`,
      "cache-control": "no-store",
      "x-request-id": requestId,
    },
  });
});
