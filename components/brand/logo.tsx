/** The OFM Onboarding mark (the same drawing as app/icon.svg, the favicon). */
export function LogoMark({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden className={className}>
      <rect width="64" height="64" rx="14" className="fill-brand-600" />
      <path d="M32 14a18 18 0 1 0 0 36 18 18 0 0 0 0-36zm0 8a10 10 0 1 1 0 20 10 10 0 0 1 0-20z" fill="#fff" />
      <circle cx="46" cy="46" r="7" fill="#34d399" strokeWidth="3" className="stroke-brand-600" />
    </svg>
  );
}
