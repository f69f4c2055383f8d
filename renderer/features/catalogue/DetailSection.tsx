/**
 * A titled block of a catalogue detail pane (`<h3>` + content), and a definition list row helper.
 * `<DetailSection title="Legal basis">…</DetailSection>`, `<DetailRow term="Issuer">MPS</DetailRow>`
 */
import type { ReactNode } from 'react';

export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="catalogue-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** One term/description pair inside a `<dl className="catalogue-dl">`; renders nothing without content. */
export function DetailRow({ term, children, lang }: { term: string; children: ReactNode; lang?: string | undefined }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <div className="catalogue-dl__row">
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}
