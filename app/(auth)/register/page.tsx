import type { Metadata } from "next";
import { CardPage } from "@/components/ui/card-page";
import { currentDictionary } from "@/lib/i18n/server";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.register.title };
}

export default async function RegisterPage() {
  const { t, language } = await currentDictionary();
  return (
    <CardPage title={t.register.title} intro={t.register.intro}>
      <RegisterForm language={language} />
    </CardPage>
  );
}
