import { db } from "@/lib/db";
import type { Language } from "@/lib/i18n";

export async function updatePreferredLanguage(userId: string, language: Language): Promise<void> {
  await db.creatorProfile.updateMany({ where: { userId }, data: { language } });
}
