import { Toast } from "@/components/ui/toast";
import { FLASH_COOKIE, readFlash } from "@/lib/http/flash";
import type { MessageKey } from "@/lib/i18n";
import { currentTranslations } from "@/lib/i18n/server";

/** The one-time message an action left for this page, if any (lib/http/flash.ts). */
export async function FlashToast() {
  const flash = await readFlash();
  if (!flash) return null;
  const { t } = await currentTranslations();
  // Only confirmations and refusals may be flashed: the toasts, the admin's outcomes, error messages.
  const key = flash.key as MessageKey;
  if (!/^(toasts|admin\.outcomes|errors)\./.test(flash.key) || !t.has(key)) return null;
  return <Toast tone={flash.tone} message={t(key, flash.values as never)} closeLabel={t("common.close")} cookieName={FLASH_COOKIE} />;
}
