import type { Metadata } from "next";
import { z } from "zod";
import { EmailChangeLinkPage } from "@/app/confirm-email-change/link-page";
import { currentTranslations } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.emailChange.undoTitle"), referrer: "no-referrer", robots: { index: false } };
}

const Query = z.object({ token: z.string().trim().min(1).max(200).optional().catch(undefined) });

export default async function UndoEmailChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <EmailChangeLinkPage token={Query.parse(await searchParams).token} purpose="email_change_undo" />;
}
