/**
 * Glossary tooltips. WCAG 1.4.13 asks that content shown on hover or focus can be dismissed
 * without moving focus: Escape hides the open tooltips until the pointer or focus leaves the
 * term. A tooltip that would stick out of the viewport (a term near the edge of a phone screen)
 * is shifted back inside it when it opens.
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
  const place = (event: Event) => {
    const tip = (event.target as Element | null)
      ?.closest?.('.va-term')
      ?.querySelector<HTMLElement>('.va-tip');
    if (!tip) return;
    tip.style.translate = '';
    // Measure after the :hover / :focus-within rule has displayed it.
    requestAnimationFrame(() => {
      const box = tip.getBoundingClientRect();
      const margin = 8;
      const width = doc.documentElement.clientWidth;
      const shift =
        box.right > width - margin ? width - margin - box.right : box.left < margin ? margin - box.left : 0;
      if (shift) tip.style.translate = `${shift}px 0`;
    });
  };
  doc.addEventListener('mouseover', place);
  doc.addEventListener('focusin', place);
}
