import { cookies } from "next/headers";
import { z } from "zod";
import { usesSecureCookies } from "@/lib/http/cookies";

// A one-time message for the next page (a toast): set by an action before it redirects, shown
// once by <FlashToast/>, which removes it. In a cookie rather than the URL, so a refresh or a
// shared link never shows it again. It holds a catalogue key and its values, never free text.

export const FLASH_COOKIE = "ofm_flash";

const Flash = z.object({
  tone: z.enum(["success", "error", "info"]),
  key: z.string().regex(/^[a-zA-Z_.]{1,80}$/),
  values: z.record(z.string().max(40), z.union([z.string().max(320), z.number()])).optional(),
});
export type Flash = z.infer<typeof Flash>;

export async function setFlash(flash: Flash): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, Buffer.from(JSON.stringify(Flash.parse(flash))).toString("base64url"), {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    // Read by the toast in the browser to remove it once shown.
    httpOnly: false,
    secure: usesSecureCookies(),
  });
}

export async function readFlash(): Promise<Flash | null> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = Flash.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
