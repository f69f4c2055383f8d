/**
 * TextField and TextArea: a labelled input with an optional hint and error (wired with aria-describedby and
 * aria-invalid). `<TextField label="Title" value={v} onChange={(e) => …} required error={err} />`
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { cx } from './Button';

interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement>, FieldChrome {
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, id, className, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <input id={ids.input} className="input" aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} {...rest} />
    </Field>
  );
}

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement>, FieldChrome {
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ label, hint, error, id, className, rows = 4, ...rest }: TextAreaProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea id={ids.input} rows={rows} className="input input--area" aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} {...rest} />
    </Field>
  );
}

interface FieldIds {
  input: string;
  hint: string;
  error: string;
  describedBy: string | undefined;
}

function useFieldIds(id: string | undefined, hint: ReactNode, error: ReactNode): FieldIds {
  const auto = useId();
  const input = id ?? `${auto}-input`;
  const parts = [hint ? `${input}-hint` : null, error ? `${input}-error` : null].filter((x): x is string => x !== null);
  return { input, hint: `${input}-hint`, error: `${input}-error`, describedBy: parts.length ? parts.join(' ') : undefined };
}

function Field({ ids, label, hint, error, className, children }: FieldChrome & { ids: FieldIds; className?: string | undefined; children: ReactNode }) {
  return (
    <div className={cx('field', className)}>
      <label className="field__label" htmlFor={ids.input}>{label}</label>
      {children}
      {hint ? <p id={ids.hint} className="field__hint">{hint}</p> : null}
      {error ? <p id={ids.error} className="field__error" role="alert">{error}</p> : null}
    </div>
  );
}
