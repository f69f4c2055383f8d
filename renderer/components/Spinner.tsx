/** Spinner: an indeterminate busy indicator with a label announced as a status. `<Spinner label="Loading reviews" />` */
export function Spinner({ label, showLabel = true }: { label: string; showLabel?: boolean }) {
  return (
    <div className="spinner" role="status">
      <span className="spinner__ring" aria-hidden="true" />
      <span className={showLabel ? 'spinner__label' : 'visually-hidden'}>{label}</span>
    </div>
  );
}
