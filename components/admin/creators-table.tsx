"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { PayoutBadge } from "@/components/admin/badges";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { BulkActionName } from "@/lib/admin/actions";
import type { PayoutState } from "@/lib/stripe/payout-state";

interface TableRow {
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
  /** The bulk actions that apply to this creator now (the server checks again). */
  bulkActions: readonly BulkActionName[];
}

export interface TableColumn {
  label: string;
  /** Where clicking the header goes (the same list sorted by this column), if sortable. */
  sortHref?: string;
  sorted?: "ascending" | "descending";
}


/** The creators of one page, selectable, with bulk actions confirmed by count. */
interface CreatorsTableProps {
  rows: TableRow[];
  columns: TableColumn[];
  caption: string;
  returnTo: string;
  exportHref: string;
  bulkAction: (formData: FormData) => Promise<void>;
  /** Every bulk action, in the order offered. */
  bulkActions: readonly BulkActionName[];
}

export function CreatorsTable({ rows, columns, caption, returnTo, exportHref, bulkAction, bulkActions }: CreatorsTableProps) {
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
          {/* Each action is offered for the selected creators it applies to, and sent for those only. */}
          {bulkActions.map((action) => {
            const applicable = rows.filter((row) => selected.includes(row.id) && row.bulkActions.includes(action)).map((row) => row.id);
            if (applicable.length === 0) return null;
            return (
              <form key={action} id={`bulk-${action}`} action={bulkAction}>
                <input type="hidden" name="action" value={action} />
                <input type="hidden" name="returnTo" value={returnTo} />
                {applicable.map((id) => (
                  <input key={id} type="hidden" name="userIds" value={id} />
                ))}
                <ConfirmDialog
                  form={`bulk-${action}`}
                  tone="primary"
                  trigger={t(`bulk.offer.${action}`, { count: applicable.length })}
                  triggerClassName="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
                  title={t(`bulk.confirm.${action}`, { count: applicable.length })}
                  body={t("bulk.confirmBody")}
                  confirmLabel={t("bulk.confirmButton")}
                  cancelLabel={t("bulk.cancel")}
                />
              </form>
            );
          })}
          <a href={`${exportHref}${exportHref.includes("?") ? "&" : "?"}ids=${selected.join(",")}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-100">
            {t("bulk.exportSelection")}
          </a>
          <button type="button" onClick={() => setSelected([])} className="font-medium text-brand-700 underline">
            {t("clearSelection")}
          </button>
        </div>
      )}
      {/*
        One table: below 640 px each row is drawn as a card (every cell on its own line, named by
        its column), so a phone shows a creator's whole row without scrolling sideways.
      */}
      <div className="mt-4 rounded-xl border border-slate-200 bg-white sm:overflow-x-auto">
        <table className="block w-full text-left text-sm sm:table">
          <caption className="sr-only">{caption}</caption>
          <thead className="sr-only bg-slate-50 text-xs uppercase tracking-wide text-slate-600 sm:not-sr-only sm:table-header-group">
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
          <tbody className="block divide-y divide-slate-100 sm:table-row-group">
            {rows.length === 0 && (
              <tr className="block sm:table-row">
                <td colSpan={columns.length + 1} className="block px-4 py-8 text-center text-slate-600 sm:table-cell">
                  {t("empty")}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} data-testid="creator-row" className={`grid grid-cols-[auto_1fr] gap-x-3 px-4 py-3 sm:table-row sm:p-0 ${selected.includes(row.id) ? "bg-brand-50" : "hover:bg-slate-50"}`}>
                <td className="row-span-6 pt-0.5 sm:table-cell sm:px-4 sm:py-2">
                  <input type="checkbox" aria-label={t("select", { email: row.email })} checked={selected.includes(row.id)} onChange={(event) => toggle(row.id, event.target.checked)} className="h-4 w-4 rounded border-slate-400" />
                </td>
                <td className="min-w-0 sm:table-cell sm:px-4 sm:py-2">
                  <Link href={`/admin/creators/${row.id}`} className="font-medium text-brand-700 underline [overflow-wrap:anywhere]">
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
                <Cell label={columns[1].label}>{row.step}</Cell>
                <Cell label={columns[2].label}>
                  <PayoutBadge state={row.payout} label={row.payoutLabel} />
                </Cell>
                <Cell label={columns[3].label} className="uppercase">
                  {row.language}
                </Cell>
                <Cell label={columns[4].label} className="text-slate-700">
                  {row.signedUp}
                </Cell>
                <Cell label={columns[5].label} className="text-slate-700">
                  {row.lastActivity}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A cell that, on a phone card, says which column it is ("Payouts: Active"); in the table, the header does. */
function Cell({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  const t = useTranslations("admin.list");
  return (
    <td className={`mt-1 flex items-center gap-2 sm:mt-0 sm:table-cell sm:px-4 sm:py-2 ${className}`}>
      <span aria-hidden className="text-xs font-semibold normal-case text-slate-600 sm:hidden">
        {t("labelled", { label })}
      </span>
      {children}
    </td>
  );
}
