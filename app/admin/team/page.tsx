import type { Metadata } from "next";
import { InviteAdminForm } from "@/components/admin/invite-form";
import { FlashToast } from "@/components/flash-toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { listTeam } from "@/lib/admin/team";
import { requirePageUser } from "@/lib/auth/page-guard";
import { INTL_LOCALES } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { currentTranslations, viewerTimeZone } from "@/lib/i18n/server";
import { inviteAdminAction, removeAdminAction, revokeInviteAction, setAdminDisabledAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("admin.team.title") };
}

export default async function TeamPage() {
  const admin = await requirePageUser({ roles: ["admin"], returnTo: "/admin/team" });
  const { t, language } = await currentTranslations();
  const { admins, invites } = await listTeam(admin);
  const timeZone = await viewerTimeZone();
  const day = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: "medium", timeZone });
  // The server refuses to disable or remove the last active admin: the page does not offer it.
  const lastActive = admins.filter((member) => !member.disabledAt).length === 1;
  const small = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("admin.team.title")}</h1>
        <p className="text-sm text-slate-600">{t("admin.team.intro")}</p>
      </div>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <DataTable
          testId="admins"
          rows={admins}
          rowKey={(member) => member.id}
          columns={[
            {
              header: t("admin.team.email"),
              className: "font-medium text-slate-900",
              cell: (member) => (
                <>
                  {member.email}
                  {member.id === admin.id && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t("admin.team.you")}</span>}
                </>
              ),
            },
            { header: t("admin.team.since"), cell: (member) => day.format(member.createdAt) },
            { header: t("admin.team.lastSignIn"), cell: (member) => (member.lastSignInAt ? formatDateTime(member.lastSignInAt, language, timeZone) : t("admin.team.never")) },
            { header: t("admin.team.status"), cell: (member) => (member.disabledAt ? t("admin.team.disabledStatus") : t("admin.team.active")) },
            {
              header: t("admin.creator.actions"),
              headerHidden: true,
              cell: (member, index) =>
                lastActive && !member.disabledAt ? (
                  <p className="text-right text-xs text-slate-600" data-testid="last-admin">
                    {t("admin.team.lastAdmin")}
                  </p>
                ) : (
                  <div className="flex flex-wrap justify-end gap-2">
                    <form id={`disable-${index}`} action={setAdminDisabledAction}>
                      <input type="hidden" name="id" value={member.id} />
                      <input type="hidden" name="email" value={member.email} />
                      <input type="hidden" name="disabled" value={member.disabledAt ? "false" : "true"} />
                      {member.disabledAt ? (
                        <button type="submit" className={small}>
                          {t("admin.team.enable")}
                        </button>
                      ) : (
                        <ConfirmDialog
                          form={`disable-${index}`}
                          trigger={t("admin.team.disable")}
                          triggerClassName={small}
                          title={t("admin.team.disableTitle", { email: member.email })}
                          body={t("admin.team.disableBody")}
                          confirmLabel={t("admin.team.confirmDisable")}
                          cancelLabel={t("admin.team.cancel")}
                        />
                      )}
                    </form>
                    <form id={`remove-${index}`} action={removeAdminAction}>
                      <input type="hidden" name="id" value={member.id} />
                      <input type="hidden" name="email" value={member.email} />
                      <ConfirmDialog
                        form={`remove-${index}`}
                        trigger={t("admin.team.remove")}
                        triggerClassName={`${small} text-red-800`}
                        title={t("admin.team.removeTitle", { email: member.email })}
                        body={t("admin.team.removeBody")}
                        confirmLabel={t("admin.team.confirmRemove")}
                        cancelLabel={t("admin.team.cancel")}
                      />
                    </form>
                  </div>
                ),
            },
          ]}
        />
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="invite-heading" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="invite-heading" className="font-semibold text-slate-900">
            {t("admin.team.invite")}
          </h2>
          <div className="mt-3">
            <InviteAdminForm action={inviteAdminAction} language={language} />
          </div>
        </section>
        <section aria-labelledby="invites-heading" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="invites-heading" className="font-semibold text-slate-900">
            {t("admin.team.invites")}
          </h2>
          {invites.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{t("admin.team.noInvites")}</p>
          ) : (
            <ul className="mt-3 space-y-2 text-sm" data-testid="invites">
              {invites.map((invite) => (
                <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <span className="font-medium text-slate-900">{invite.email}</span>
                    <span className="block text-xs text-slate-600">{t("admin.team.invitedBy", { email: invite.invitedBy ?? "—", date: day.format(invite.expiresAt) })}</span>
                  </span>
                  <form action={revokeInviteAction}>
                    <input type="hidden" name="id" value={invite.id} />
                    <button type="submit" className="font-semibold text-brand-700 underline">
                      {t("admin.team.revoke")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <FlashToast />
    </div>
  );
}
