/**
 * Shows a citation's source in place: hovering, focusing or tapping a citation link (a.va-cite-link)
 * opens the page's reference card for that source (CiteCards.astro) beside the link.
 *
 *   hidden ──(pointer over the link · link focused · first tap on the link)──▶ shown
 *   shown ──(pointer off link and card for 250 ms · focus leaves · Escape · tap elsewhere)──▶ hidden
 *   shown ──(second tap on the link · tap on the card's link)──▶ the bibliography entry
 *
 * Escape hides the card without moving focus (WCAG 1.4.13); the card stays hidden until the
 * pointer or focus leaves the link. The card is placed below the link, or above it when there is
 * no room below, and always inside the viewport.
 */
const MARGIN = 8;
const HIDE_DELAY_MS = 250;

/** The card that describes a citation link, if the page has one. */
const cardOf = (link: HTMLElement) => {
  const id = link.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.closest<HTMLElement>('.va-cite-card') ?? null) : null;
};

/** Where a card of the given size goes beside a link, inside a viewport of the given size. */
export function placeCard(
  link: { left: number; top: number; bottom: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const left = Math.max(MARGIN, Math.min(link.left, viewport.width - MARGIN - card.width));
  const below = link.bottom + 4;
  const top =
    below + card.height <= viewport.height - MARGIN || link.top - 4 - card.height < MARGIN
      ? below
      : link.top - 4 - card.height;
  return { left, top: Math.max(MARGIN, top) };
}

/** Wires every citation link of the document to its card. */
export function enableCitePopovers(doc: Document): void {
  let link: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let dismissed: HTMLElement | null = null;
  // The link whose card a tap opened: the next tap on it follows it. (A tap also focuses the link,
  // which opens the card too, so "open" alone cannot tell a first tap from a second.)
  let tappedOpen: HTMLElement | null = null;
  let touchedAt = -Infinity;

  const place = () => {
    if (!link || !card) return;
    const r = link.getBoundingClientRect();
    const at = placeCard(r, card.getBoundingClientRect(), {
      width: doc.documentElement.clientWidth,
      height: window.innerHeight,
    });
    card.style.left = `${at.left}px`;
    card.style.top = `${at.top}px`;
  };
  const hide = () => {
    clearTimeout(hideTimer);
    if (card?.matches(':popover-open')) card.hidePopover();
    link?.removeAttribute('data-card-open');
    link = card = tappedOpen = null;
  };
  const show = (target: HTMLElement) => {
    clearTimeout(hideTimer);
    if (dismissed === target) return;
    const next = cardOf(target);
    if (!next) return;
    if (link !== target) hide();
    link = target;
    card = next;
    target.setAttribute('data-card-open', '');
    if (!card.matches(':popover-open')) card.showPopover();
    place();
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };
  const citation = (t: EventTarget | null) =>
    (t as Element | null)?.closest?.<HTMLElement>('a.va-cite-link') ?? null;
  const inCard = (t: EventTarget | null) => Boolean((t as Element | null)?.closest?.('.va-cite-card'));

  doc.addEventListener('pointerover', (e) => {
    const target = citation(e.target);
    if (target && e.pointerType === 'mouse') show(target);
    else if (inCard(e.target)) clearTimeout(hideTimer);
  });
  doc.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse') return;
    const from = citation(e.target) ?? (inCard(e.target) ? link : null);
    if (!from) return;
    if (from === dismissed && !from.contains(e.relatedTarget as Node)) dismissed = null;
    if (!citation(e.relatedTarget) && !inCard(e.relatedTarget)) hideSoon();
  });
  doc.addEventListener('focusin', (e) => {
    const target = citation(e.target);
    if (target) show(target);
  });
  doc.addEventListener('focusout', (e) => {
    const from = citation(e.target);
    if (!from) return;
    if (from === dismissed) dismissed = null;
    if (!inCard(e.relatedTarget)) hide();
  });
  doc.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') touchedAt = e.timeStamp;
    if (link && !citation(e.target) && !inCard(e.target)) hide();
  });
  doc.addEventListener('click', (e) => {
    const target = citation(e.target);
    // A tap (not a mouse click or Enter) on a link whose card is not open yet opens the card.
    const tapped = e.timeStamp - touchedAt < 1000;
    if (target && tapped && tappedOpen !== target) {
      e.preventDefault();
      dismissed = null;
      show(target);
      tappedOpen = target;
    }
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !link) return;
    dismissed = link;
    hide();
  });
  window.addEventListener('scroll', () => place(), { passive: true });
  window.addEventListener('resize', () => place());
}
