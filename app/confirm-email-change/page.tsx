import type { Metadata } from "next";
import { z } from "zod";
import { currentTranslations } from "@/lib/i18n/server";
import { EmailChangeLinkPage } from "./link-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.emailChange.confirmTitle"), referrer: "no-referrer", robots: { index: false } };
}

const Query = z.object({ token: z.string().trim().min(1).max(200).optional().catch(undefined) });

export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <EmailChangeLinkPage token={Query.parse(await searchParams).token} purpose="email_change" />;
}
