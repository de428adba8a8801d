import { redirect } from "next/navigation";
import { AppError } from "@/lib/http/errors";

/**
 * For pages, actions and route handlers that navigate: an AppError (a refusal the person can
 * read about, e.g. Stripe unreachable) sends them to `page` with its code, where the page
 * says what happened; anything else reaches the error page.
 */
export async function redirectOnAppError<T>(work: () => Promise<T>, page: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) redirect(`${page}?error=${encodeURIComponent(error.code)}`);
    throw error;
  }
}
