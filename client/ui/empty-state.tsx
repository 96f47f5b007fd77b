import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** What a list says when it has nothing: an icon, a sentence and, where useful, the next step. */
export function EmptyState({
  icon: Icon,
  children,
  action,
}: {
  icon?: LucideIcon;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty-state">
      {Icon && <Icon aria-hidden="true" size={20} className="empty-state-icon" />}
      <div>
        <p>{children}</p>
        {action}
      </div>
    </div>
  );
}
