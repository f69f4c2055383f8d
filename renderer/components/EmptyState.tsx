/**
 * EmptyState: what a screen shows when it has nothing to list: an icon, a heading, an explanation and actions.
 * `<EmptyState icon={<Inbox />} title="No reviews yet" actions={<Button …/>}>Explanation…</EmptyState>`
 */
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  /** Heading level for the title, to fit the page outline (default 2). */
  level?: 2 | 3;
}

export function EmptyState({ icon, title, children, actions, level = 2 }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state">
      {icon ? <div className="empty-state__icon" aria-hidden="true">{icon}</div> : null}
      <Heading className="empty-state__title">{title}</Heading>
      {children ? <div className="empty-state__body">{children}</div> : null}
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </section>
  );
}
