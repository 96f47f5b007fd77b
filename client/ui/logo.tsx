/**
 * Sidestream's mark: a main flow with a side stream branching off it and joining back, on a
 * rounded tile in the current colour (white in the header). The favicon is the same drawing.
 */
export function LogoMark({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="logo-mark">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <g fill="none" stroke="var(--color-accent)" strokeWidth="3" strokeLinecap="round">
        <path d="M5 22h22" />
        <path d="M9 22c0-7 3.5-11 7-11s7 4 7 11" />
      </g>
      <circle cx="16" cy="11" r="2.6" fill="var(--color-accent)" />
    </svg>
  );
}
