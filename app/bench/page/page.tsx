import { notFound } from "next/navigation";
import { env } from "@/lib/env";

// `npm run bench`'s bare page: static text in the app's layout, the yardstick for the wizard
// pages' throughput and for our share of their JavaScript. Only in bench mode.
export default function BenchPage() {
  if (!env().BENCH_MODE) notFound();
  return <p className="p-8">A page with nothing on it.</p>;
}
