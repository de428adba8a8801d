import type { ReactNode } from "react";

// The tables of the admin and of the settings: one markup (column headers with their scope,
// row dividers, numbers aligned right), in two densities. The creators list is its own
// component: it turns into cards on a phone and selects rows.

export interface Column<Row> {
  header: ReactNode;
  /** A header only a screen reader needs (a column of buttons). */
  headerHidden?: boolean;
  cell: (row: Row, index: number) => ReactNode;
  /** Figures: aligned right, in tabular digits. */
  numeric?: boolean;
  /** This column names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
}

const DENSITY = {
  /** A table of its own, in a card: a header band, roomy cells. */
  card: { head: "bg-slate-50 text-xs uppercase tracking-wide text-slate-600", cell: "px-4 py-2" },
  /** A table inside a section of text. */
  compact: { head: "text-xs uppercase text-slate-600", cell: "py-1.5 pr-3" },
} as const;

export function DataTable<Row>({ columns, rows, rowKey, density = "card", testId }: { columns: Array<Column<Row>>; rows: Row[]; rowKey: (row: Row) => string; density?: keyof typeof DENSITY; testId?: string }) {
  const style = DENSITY[density];
  const cellClass = (column: Column<Row>) => [style.cell, column.numeric ? "text-right tabular-nums" : "", column.className ?? ""].join(" ").trim();
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      <thead className={style.head}>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={[style.cell, column.numeric ? "text-right" : ""].join(" ").trim()}>
              {column.headerHidden ? <span className="sr-only">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row)}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th key={index} scope="row" className={`${cellClass(column)} font-medium text-slate-900`}>
                  {column.cell(row, rowIndex)}
                </th>
              ) : (
                <td key={index} className={cellClass(column)}>
                  {column.cell(row, rowIndex)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
