/** What CataloguePage passes to each tab: its filters (kept by the page across tab switches), the selected entry and focus requests. */
export interface TabPanelProps<F> {
  readonly filters: F;
  readonly onFiltersChange: (filters: F) => void;
  readonly selectedId: string | null;
  readonly focusTick: number;
  readonly takeFocus: () => boolean;
}
