/**
 * WCAG 1.4.13: content shown on hover or focus must be dismissible without moving focus.
 * Escape hides the open term tooltips until the pointer or focus leaves the term.
 */
export function enableTermDismissal(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of doc.querySelectorAll<HTMLElement>('.va-term:hover, .va-term:focus-within')) {
      term.dataset.dismissed = 'true';
    }
  });
  const reset = (event: Event) => {
    const term = (event.target as Element | null)?.closest?.('.va-term') as HTMLElement | null;
    if (term) delete term.dataset.dismissed;
  };
  doc.addEventListener('mouseout', reset);
  doc.addEventListener('focusout', reset);
}
