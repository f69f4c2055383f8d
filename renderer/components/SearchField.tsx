/**
 * SearchField: a compact search box with a magnifier icon and a visually hidden label.
 * `<SearchField label="Search reviews" value={q} onValueChange={setQ} ref={…} />`. Escape clears it.
 */
import { Search } from 'lucide-react';
import { useId, type InputHTMLAttributes, type Ref } from 'react';

export interface SearchFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

export function SearchField({ label, value, onValueChange, onKeyDown, ...rest }: SearchFieldProps) {
  const id = useId();
  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <Search className="search-field__icon" size={14} aria-hidden="true" />
      <input
        id={id}
        type="search"
        className="input search-field__input"
        placeholder={label}
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onValueChange('');
          }
          onKeyDown?.(e);
        }}
        {...rest}
      />
    </div>
  );
}
