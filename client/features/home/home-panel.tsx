import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { ArrowRight } from '../../ui/icons';

/** One box of a home dashboard: a heading with its count, a few rows, and a link to the whole list. */
export function HomePanel({
  id,
  icon: Icon,
  heading,
  count,
  empty,
  link,
  children,
}: {
  id: string;
  icon: LucideIcon;
  heading: string;
  count: number;
  empty: string;
  link?: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <section className="home-panel" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        <Icon aria-hidden="true" size={20} />
        <span>{heading}</span>
        <span className="count-pill">{count}</span>
      </h2>
      {count === 0 ? <EmptyState>{empty}</EmptyState> : <ul className="home-rows">{children}</ul>}
      {link && (
        <Link to={link.to} className="more-link">
          {link.label}
          <ArrowRight aria-hidden="true" size={16} />
        </Link>
      )}
    </section>
  );
}

export function dateFormatter(language: string) {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' });
}

export function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00` : value) : value;
}
