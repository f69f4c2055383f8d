/**
 * Menu: a dropdown of actions opened by a trigger button (Radix DropdownMenu: arrow keys, typeahead, Escape).
 * `<Menu trigger={<IconButton label="More" icon={<Ellipsis />} />} items={[{ label: 'Rename', onSelect: … }]} />`
 * A `separator: true` item draws a divider.
 */
import { DropdownMenu } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';

export type MenuItem =
  | { readonly separator: true }
  | {
      readonly separator?: false;
      readonly label: string;
      readonly icon?: ReactNode;
      readonly shortcut?: string;
      readonly danger?: boolean;
      readonly disabled?: boolean;
      onSelect: () => void;
    };

export function Menu({ trigger, items, align = 'end' }: { trigger: ReactElement; items: readonly MenuItem[]; align?: 'start' | 'end' }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="popover menu" align={align} sideOffset={4}>
          {items.map((item, i) =>
            item.separator ? (
              <DropdownMenu.Separator key={`sep-${i}`} className="menu__separator" />
            ) : (
              <DropdownMenu.Item
                key={item.label}
                className={item.danger ? 'menu__item menu__item--danger' : 'menu__item'}
                disabled={item.disabled ?? false}
                onSelect={item.onSelect}
              >
                {item.icon ? <span className="btn__icon" aria-hidden="true">{item.icon}</span> : null}
                <span className="menu__label">{item.label}</span>
                {item.shortcut ? <span className="menu__shortcut">{item.shortcut}</span> : null}
              </DropdownMenu.Item>
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
