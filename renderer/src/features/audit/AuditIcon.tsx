/** A list with a check mark: the system log (drawn like the frame's other line icons). */
export const AuditIcon = ({ size = 18, className }: { size?: number; className?: string }) => (
  <svg
    className={className ? `desk-icon ${className}` : 'desk-icon'}
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M9 4h11M9 10h11M9 16h6" />
    <path d="M3 4h2M3 10h2M3 16h2" />
    <path d="M15 20l2 2 4-4" />
  </svg>
);
