/**
 * <va-date-control>: sets the date the page's dated views show.
 *
 *   slider (year) / exact date + Show / preset link ──► readAt ──► ?at= in the URL
 *                                                        └──► `va:at` on document ──► each view
 *   malformed date ──► today, with a notice
 */
import { formatPartialDate } from '../../lib/dates';
import { readAt, type AtReading } from '../../lib/at-date';
import { AT_EVENT, currentAt } from '../../diagrams/shared/widget';

class DateControl extends HTMLElement {
  private today = '';

  connectedCallback() {
    this.today = this.dataset.today ?? new Date().toISOString().slice(0, 10);
    const year = this.querySelector<HTMLInputElement>('[data-year]')!;
    const exact = this.querySelector<HTMLInputElement>('[data-exact]')!;
    // A snapshot page was rendered for its own date; the URL's `at` (if any) wins over it.
    this.show(currentAt(this.hasAttribute('data-fixed') ? this.dataset.at : undefined), false);
    year.addEventListener('input', () => {
      year.setAttribute('aria-valuetext', year.value);
      const isMax = year.value === year.max;
      this.set(isMax ? '' : year.value);
    });
    const apply = () => this.set(exact.value.trim());
    this.querySelector('[data-apply]')!.addEventListener('click', apply);
    exact.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') apply();
    });
    this.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-preset]');
      if (!a || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      this.set(a.dataset.preset ?? '');
      a.focus();
    });
  }

  /** Reads a typed or chosen value, records it in the URL and tells the views. */
  private set(value: string) {
    const reading = readAt(value || null, this.today);
    const params = new URLSearchParams(location.search);
    if (reading.isToday) params.delete('at');
    else params.set('at', reading.at);
    const query = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
    this.show(reading, true);
  }

  private show(reading: AtReading, announce: boolean) {
    this.dataset.at = reading.at;
    const label = this.querySelector('[data-at-label]')!;
    label.textContent = reading.isToday
      ? `today, ${formatPartialDate(this.today)}`
      : formatPartialDate(reading.at);
    const year = this.querySelector<HTMLInputElement>('[data-year]')!;
    year.value = reading.at.slice(0, 4);
    year.setAttribute('aria-valuetext', year.value);
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-preset]')) {
      const current = (a.dataset.preset || this.today) === reading.at;
      if (current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    this.querySelector('.va-notice')!.textContent = reading.rejected
      ? `The date “${reading.rejected.slice(0, 40)}” could not be read (use YYYY, YYYY-MM or YYYY-MM-DD, not after today), so today is shown.`
      : '';
    if (announce || reading.rejected || !reading.isToday)
      document.dispatchEvent(new CustomEvent<AtReading>(AT_EVENT, { detail: reading }));
  }
}

customElements.define('va-date-control', DateControl);
