import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";

/** Sent once per creator (the idempotency key is the user), after activation commits. */
export async function sendWelcomeEmail(userId: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true } });
  await sendEmail({
    to: user.email,
    language: user.profile?.language ?? "en",
    userId,
    idempotencyKey: `welcome:${userId}`,
    content: { template: "welcome", props: { dashboard_url: `${env().FRONTEND_URL}/dashboard` } },
  });
}
