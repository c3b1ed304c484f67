/**
 * Glossary tooltips (.va-term: a link to the glossary and its .va-tip definition).
 *
 *   hidden ──(pointer over · focus · first tap on the term)──▶ shown
 *   shown ──(pointer or focus leaves · Escape · tap elsewhere)──▶ hidden
 *   shown by a tap ──(a second tap on the term's link)──▶ the glossary entry
 *
 * Hover and focus show the definition through CSS; this script adds what CSS cannot: WCAG 1.4.13
 * asks that content shown on hover or focus can be dismissed without moving focus, so Escape hides
 * the open tooltips until the pointer or focus leaves the term; on a touch screen the first tap
 * shows the definition instead of leaving the page; and a tooltip that would stick out of the
 * viewport (a term near the edge of a phone screen) is shifted back inside it when it opens.
 */
export function enableTermDismissal(doc: Document): void {
  const termOf = (t: EventTarget | null) => (t as Element | null)?.closest?.<HTMLElement>('.va-term') ?? null;
  let touchedAt = -Infinity;

  const place = (term: HTMLElement) => {
    const tip = term.querySelector<HTMLElement>('.va-tip');
    if (!tip) return;
    tip.style.translate = '';
    // Measure after the :hover / :focus-within / [data-open] rule has displayed it.
    requestAnimationFrame(() => {
      const box = tip.getBoundingClientRect();
      const margin = 8;
      const width = doc.documentElement.clientWidth;
      const shift =
        box.right > width - margin ? width - margin - box.right : box.left < margin ? margin - box.left : 0;
      if (shift) tip.style.translate = `${shift}px 0`;
    });
  };
  const closeTapped = (except?: HTMLElement | null) => {
    for (const t of doc.querySelectorAll<HTMLElement>('.va-term[data-open]'))
      if (t !== except) delete t.dataset.open;
  };

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of doc.querySelectorAll<HTMLElement>(
      '.va-term:hover, .va-term:focus-within, .va-term[data-open]',
    )) {
      term.dataset.dismissed = 'true';
      delete term.dataset.open;
    }
  });
  const reset = (event: Event) => {
    const term = termOf(event.target);
    if (term) delete term.dataset.dismissed;
  };
  doc.addEventListener('mouseout', reset);
  doc.addEventListener('focusout', reset);
  doc.addEventListener('mouseover', (e) => {
    const term = termOf(e.target);
    if (term) place(term);
  });
  doc.addEventListener('focusin', (e) => {
    const term = termOf(e.target);
    if (term) place(term);
  });
  doc.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') touchedAt = e.timeStamp;
    closeTapped(termOf(e.target));
  });
  doc.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.('.va-term-link');
    const term = termOf(link ?? null);
    // Only a tap: a mouse click or Enter on the link follows it at once.
    if (!term || e.timeStamp - touchedAt > 1000 || term.dataset.open !== undefined) return;
    e.preventDefault();
    delete term.dataset.dismissed;
    term.dataset.open = '';
    place(term);
  });
}
