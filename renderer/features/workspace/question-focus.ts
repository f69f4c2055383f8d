/**
 * Finding questions in the DOM: focus a question's first control (scrolling it into view), and find the next
 * unanswered question after the one holding focus, wrapping around. Questions are `[data-question]` containers.
 */
import { questionDomId } from '../questionnaire/field-text';

/** Tried in order: the chosen radio, any radio, a select, a checkbox, any other button but the help toggle. */
const CONTROLS = ['[role="radio"][data-state="checked"]', '[role="radio"]', '[role="combobox"]', '[role="checkbox"]', 'button:not(.q-help__toggle)'];

/** Scrolls to the question of `path` and focuses its first control. False when it is not on screen. */
export function focusQuestion(path: string, root: ParentNode = document): boolean {
  const el = root.querySelector<HTMLElement>(`#${CSS.escape(questionDomId(path))}`);
  if (!el) return false;
  focusIn(el);
  return true;
}

function focusIn(el: HTMLElement): void {
  el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const control = CONTROLS.map((sel) => el.querySelector<HTMLElement>(sel)).find((c) => c !== null);
  (control ?? el).focus({ preventScroll: true });
}

/** Focuses the next unanswered (non-derived) question after the focused one; returns its path, or null if none. */
export function focusNextUnanswered(root: HTMLElement): string | null {
  const open = [...root.querySelectorAll<HTMLElement>('[data-question][data-state="unanswered"]:not([data-derived])')];
  if (open.length === 0) return null;
  const current = document.activeElement?.closest<HTMLElement>('[data-question]') ?? null;
  const next = current ? (open.find((q) => q !== current && current.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING) ?? open[0]) : open[0];
  if (!next) return null;
  focusIn(next);
  return next.dataset.question ?? null;
}
