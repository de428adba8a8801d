import type { SelectHTMLAttributes } from "react";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  options: Array<{ value: string; label: string; lang?: string }>;
  hint?: string;
  error?: string;
}

/** A labelled select; the error replaces the hint in the same described-by element. */
export function SelectField({ label, name, options, hint, error, id = name, ...select }: SelectFieldProps) {
  const noteId = hint || error ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-describedby={noteId}
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded-lg border bg-white px-3 py-2.5 text-slate-900 shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {noteId && (
        <p id={noteId} className={error ? "text-sm font-medium text-red-700" : "text-sm text-slate-600"}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
