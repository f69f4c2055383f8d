/**
 * Badge: a small status label. Tones: neutral, accent, success, danger, and the severity scale
 * info | low | medium | high | critical (colours from the severity tokens). `<Badge tone="high">High</Badge>`
 */
import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'danger' | 'info' | 'low' | 'medium' | 'high' | 'critical';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
