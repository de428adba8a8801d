import Link from "next/link";
import { CardPage } from "@/components/ui/card-page";
import { currentTranslations } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await currentTranslations();
  return (
    <CardPage title={t("forbidden.title")} intro={t("forbidden.body")}>
      <Link href="/" className="font-semibold text-brand-700 underline">
        {t("common.backHome")}
      </Link>
    </CardPage>
  );
}
