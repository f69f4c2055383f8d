/**
 * Tabs: `<Tabs label="Results" value={v} onValueChange={setV} tabs={[{ value: 'findings', label: 'Findings',
 * content: <…/> }]} />`. Arrow keys move between tabs (Radix Tabs).
 */
import { Tabs as RadixTabs } from 'radix-ui';
import type { ReactNode } from 'react';

export interface TabSpec<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly content: ReactNode;
}

export function Tabs<V extends string>({ label, value, onValueChange, tabs }: { label: string; value: V; onValueChange: (v: V) => void; tabs: readonly TabSpec<V>[] }) {
  return (
    <RadixTabs.Root className="tabs" value={value} onValueChange={(v) => onValueChange(v as V)}>
      <RadixTabs.List className="tabs__list" aria-label={label}>
        {tabs.map((t) => (
          <RadixTabs.Trigger key={t.value} value={t.value} className="tabs__trigger">
            {t.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((t) => (
        <RadixTabs.Content key={t.value} value={t.value} className="tabs__content">
          {t.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
