import Link from "next/link";
import { LogoMark } from "@/components/brand/logo";
import { CardPage } from "@/components/ui/card-page";
import { currentTranslations } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await currentTranslations();
  return (
    <CardPage title={t("notFound.title")} intro={t("notFound.body")}>
      <div className="flex items-center gap-3">
        <LogoMark className="h-6 w-6" />
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t("common.backHome")}
        </Link>
      </div>
    </CardPage>
  );
}
