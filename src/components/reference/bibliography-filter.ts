/**
 * Enhances the bibliography's tier filter (which works with CSS alone): the chosen tier goes into
 * the URL (`?tier=primary`) so that a filtered list can be shared, a shared URL restores it, and an
 * entry named in the URL's `#fragment` is never left hidden by the filter.
 */
const PARAM = 'tier';

/** Wires the filter's radio buttons, if the page has them. */
export function enableTierFilter(doc: Document): void {
  const radios = [...doc.querySelectorAll<HTMLInputElement>('.va-tier-filter input[name="va-tier"]')];
  if (!radios.length) return;
  const choose = (value: string) => {
    const radio = radios.find((r) => r.value === value) ?? radios[0]!;
    radio.checked = true;
  };
  const write = (value: string) => {
    const url = new URL(location.href);
    if (value === 'all') url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, value);
    history.replaceState(history.state, '', url);
  };
  const revealTarget = () => {
    const target = location.hash ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target?.closest('.va-bibliography') && target.offsetParent === null) {
      choose('all');
      write('all');
      target.scrollIntoView();
    }
  };
  // A tier in the address wins; otherwise keep what the reader may have chosen before this script
  // ran (the filter works without it) and put that choice in the address.
  const shared = new URL(location.href).searchParams.get(PARAM);
  if (shared) choose(shared);
  else {
    const current = radios.find((r) => r.checked)?.value ?? 'all';
    if (current !== 'all') write(current);
  }
  for (const radio of radios) radio.addEventListener('change', () => radio.checked && write(radio.value));
  window.addEventListener('hashchange', revealTarget);
  revealTarget();
}
