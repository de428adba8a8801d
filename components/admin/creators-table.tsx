"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PayoutBadge } from "@/components/admin/badges";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { PayoutState } from "@/lib/stripe/payout-state";

export interface TableRow {
  id: string;
  email: string;
  handle: string | null;
  step: string;
  payout: PayoutState;
  payoutLabel: string;
  language: string;
  signedUp: string;
  lastActivity: string;
  disabled: boolean;
  duplicateHandle: boolean;
  tags: string[];
}

export interface TableColumn {
  label: string;
  /** Where clicking the header goes (the same list sorted by this column), if sortable. */
  sortHref?: string;
  sorted?: "ascending" | "descending";
}

const BULK = ["send_stripe_link", "resend_verification"] as const;

/** The creators of one page, selectable, with bulk actions confirmed by count. */
interface CreatorsTableProps {
  rows: TableRow[];
  columns: TableColumn[];
  caption: string;
  returnTo: string;
  exportHref: string;
  bulkAction: (formData: FormData) => Promise<void>;
}

export function CreatorsTable({ rows, columns, caption, returnTo, exportHref, bulkAction }: CreatorsTableProps) {
  const t = useTranslations("admin.list");
  const [selected, setSelected] = useState<string[]>([]);
  const allOnPage = rows.length > 0 && rows.every((row) => selected.includes(row.id));
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((entry) => entry !== id)));

  return (
    <div>
      {selected.length > 0 && (
        <div role="region" aria-label={t("selected", { count: selected.length })} className="mt-4 flex flex-wrap items-center gap-3 rounded-xl border border-brand-100 bg-brand-50 px-4 py-3 text-sm">
          <span className="font-semibold text-brand-900" aria-live="polite">
            {t("selected", { count: selected.length })}
          </span>
          {BULK.map((action) => (
            <form key={action} id={`bulk-${action}`} action={bulkAction}>
              <input type="hidden" name="action" value={action} />
              <input type="hidden" name="returnTo" value={returnTo} />
              {selected.map((id) => (
                <input key={id} type="hidden" name="userIds" value={id} />
              ))}
              <ConfirmDialog
                form={`bulk-${action}`}
                tone="primary"
                trigger={t(`bulk.${action}`)}
                triggerClassName="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
                title={t(`bulk.confirm.${action}`, { count: selected.length })}
                body={t("bulk.confirmBody")}
                confirmLabel={t("bulk.confirmButton")}
                cancelLabel={t("bulk.cancel")}
              />
            </form>
          ))}
          <a href={`${exportHref}${exportHref.includes("?") ? "&" : "?"}ids=${selected.join(",")}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-100">
            {t("bulk.exportSelection")}
          </a>
          <button type="button" onClick={() => setSelected([])} className="font-medium text-brand-700 underline">
            {t("clearSelection")}
          </button>
        </div>
      )}
      <div className="mt-4 overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-10 px-4 py-2">
                <input
                  type="checkbox"
                  aria-label={t("selectPage")}
                  checked={allOnPage}
                  onChange={(event) => setSelected(event.target.checked ? rows.map((row) => row.id) : [])}
                  className="h-4 w-4 rounded border-slate-400"
                />
              </th>
              {columns.map((column) => (
                <th key={column.label} scope="col" aria-sort={column.sorted} className="px-4 py-2">
                  {column.sortHref ? (
                    <Link href={column.sortHref} className="inline-flex items-center gap-1 hover:text-slate-900" aria-label={t("sortBy", { column: column.label })}>
                      {column.label}
                      <span aria-hidden>{column.sorted === "ascending" ? "▲" : column.sorted === "descending" ? "▼" : "↕"}</span>
                    </Link>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="px-4 py-8 text-center text-slate-600">
                  {t("empty")}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} className={selected.includes(row.id) ? "bg-brand-50" : "hover:bg-slate-50"}>
                <td className="px-4 py-2">
                  <input type="checkbox" aria-label={t("select", { email: row.email })} checked={selected.includes(row.id)} onChange={(event) => toggle(row.id, event.target.checked)} className="h-4 w-4 rounded border-slate-400" />
                </td>
                <td className="px-4 py-2">
                  <Link href={`/admin/creators/${row.id}`} className="font-medium text-brand-700 underline">
                    {row.email}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {row.handle && `@${row.handle}`}
                    {row.duplicateHandle && <span className="ml-1 rounded bg-amber-100 px-1.5 font-semibold text-amber-900">{t("duplicateHandle")}</span>}
                    {row.disabled && <span className="ml-1 rounded bg-red-100 px-1.5 font-semibold text-red-900">{t("disabled")}</span>}
                    {row.tags.map((tag) => (
                      <span key={tag} className="ml-1 rounded bg-slate-100 px-1.5 text-slate-700">
                        {tag}
                      </span>
                    ))}
                  </span>
                </td>
                <td className="px-4 py-2">{row.step}</td>
                <td className="px-4 py-2">
                  <PayoutBadge state={row.payout} label={row.payoutLabel} />
                </td>
                <td className="px-4 py-2 uppercase">{row.language}</td>
                <td className="px-4 py-2 text-slate-700">{row.signedUp}</td>
                <td className="px-4 py-2 text-slate-700">{row.lastActivity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
