import type { Metadata } from "next";
import { CardPage } from "@/components/ui/card-page";
import { currentTranslations } from "@/lib/i18n/server";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("register.title") };
}

export default async function RegisterPage() {
  const { t, language } = await currentTranslations();
  return (
    <CardPage title={t("register.title")} intro={t("register.intro")}>
      <RegisterForm language={language} />
    </CardPage>
  );
}
