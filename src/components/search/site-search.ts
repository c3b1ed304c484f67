/**
 * The behaviour of <va-site-search> (markup in Search.astro):
 *
 *   closed ──(button · Ctrl+K · "/" outside a text field)──▶ open, cursor in the search box
 *   open ──(Escape · Cancel · Ctrl+K · a click outside the dialog or on a result)──▶ closed
 *
 * Pagefind's UI loads when the browser is idle, or at once if the reader opens the dialog first;
 * the search box takes focus as soon as it exists. After each search the notice says whether the
 * words were found (search-notice.ts).
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { checkQuery, markedWords, type MatchEngine, type MatchReport } from './search-notice';

/** How long the search waits after a keystroke, in milliseconds (Pagefind's default is 300). */
export const SEARCH_DEBOUNCE_MS = 60;

interface PagefindApi {
  search(term: string): Promise<{ results: { data(): Promise<{ excerpt: string }> }[] }>;
}

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** Pagefind's own API, from the bundle the UI loads, as the notice's engine. */
function pagefindEngine(bundlePath: string): MatchEngine {
  const api = () => import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>;
  return {
    countExact: async (word) => (await (await api()).search(`"${word}"`)).results.length,
    search: async (query) => {
      const { results } = await (await api()).search(query);
      const first = await Promise.all(results.slice(0, 5).map((r) => r.data()));
      return { count: results.length, highlighted: first.flatMap((d) => markedWords(d.excerpt)) };
    },
  };
}

/**
 * Shows what a report says in the notice rendered by Search.astro. The notice is passed in rather
 * than looked up: while the search box is empty, Pagefind has removed the results area it sits in.
 */
function showReport(root: HTMLElement, notice: HTMLElement, query: string, report: MatchReport): void {
  const none = report.words.length > 0 && report.missing.length === report.words.length;
  const some = report.missing.length > 0 && !none;
  root.dataset.match = none ? 'none' : some ? 'some' : 'all';
  const part = (name: string) => notice.querySelector<HTMLElement>(`[data-when="${name}"]`)!;
  part('none').hidden = !none;
  part('similar').hidden = !(none && report.listed > 0);
  part('some').hidden = !some;
  notice.querySelector('[data-query]')!.textContent = query.trim();
  notice.querySelector('[data-missing]')!.textContent = report.missing.join(' ');
}

class SiteSearch extends HTMLElement {
  #ui: Promise<void> | undefined;

  connectedCallback() {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const input = () => this.querySelector<HTMLInputElement>('#va-search-results input');

    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if ('href' in (target || {}) || (document.body.contains(target) && !frame.contains(target))) close();
    };
    const focusInput = () => {
      const active = document.activeElement;
      if (dialog.open && (active === dialog || active === closeBtn || active === document.body))
        input()?.focus();
    };
    const open = () => {
      if (dialog.open) return;
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input()?.focus();
      window.addEventListener('click', onClick);
      void this.#load().then(focusInput);
    };
    const close = () => dialog.close();

    openBtn.addEventListener('click', (e) => {
      e.stopPropagation();
      open();
    });
    openBtn.disabled = false;
    closeBtn.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialog.open) close();
        else open();
      } else if (
        e.key === '/' &&
        !e.metaKey &&
        !e.ctrlKey &&
        !e.altKey &&
        !dialog.open &&
        !isTextField(e.target)
      ) {
        e.preventDefault();
        open();
      }
    });

    const shortcut = this.querySelector<HTMLElement>('[data-shortcut]')!;
    if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      shortcut.querySelector('[data-platform-key]')!.textContent = '⌘';
      openBtn.setAttribute('aria-keyshortcuts', 'Meta+K /');
    }
    shortcut.hidden = false;

    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    idle(() => void this.#load());
  }

  /** Creates Pagefind's UI once, and starts checking each search for a word-for-word match. */
  #load(): Promise<void> {
    // A dynamic import: the UI's 26 KB stay out of every page's first load.
    this.#ui ??= import('@pagefind/default-ui').then(({ PagefindUI }) => {
      const base = import.meta.env.BASE_URL;
      const bundlePath = `${base.replace(/\/$/, '')}/pagefind/`;
      let translations = {};
      try {
        translations = JSON.parse(this.dataset.translations || '{}');
      } catch {}
      new PagefindUI({
        ...pagefindUserConfig,
        element: '#va-search-results',
        baseUrl: base,
        bundlePath,
        showImages: false,
        translations,
        showSubResults: true,
        debounceTimeoutMs: SEARCH_DEBOUNCE_MS,
      });
      this.#watchMatches(pagefindEngine(bundlePath));
    });
    return this.#ui;
  }

  #watchMatches(engine: MatchEngine): void {
    const notice = this.querySelector<HTMLElement>('[data-search-notice]')!;
    const field = () => this.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    // The query waiting to be checked. The check searches too, so it waits until Pagefind's own
    // search has put its results on screen (its message names the query), or a second at most:
    // run at once, it would delay the first result.
    let pending: string | null = null;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const query = pending;
      pending = null;
      clearTimeout(fallback);
      if (query === null) return;
      const report = await checkQuery(query, engine);
      if (field()?.value === query) showReport(this, notice, query, report);
    };
    new MutationObserver(() => {
      // Pagefind creates its results area when the first search runs and again after the box is
      // cleared: the notice, rendered at build time, is moved to the top of whichever one exists.
      const area = this.querySelector('.pagefind-ui__results-area');
      if (area && notice.parentElement !== area) area.prepend(notice);
      const message = this.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (pending?.trim() && message.includes(pending.trim())) void check();
    }).observe(this.querySelector('#va-search-results')!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.matches('.pagefind-ui__search-input')) return;
      clearTimeout(fallback);
      if (!input.value.trim()) {
        pending = null;
        showReport(this, notice, '', { words: [], missing: [], listed: 0 });
        return;
      }
      pending = input.value;
      fallback = setTimeout(() => void check(), 1000);
    });
  }
}

/** Registers <va-site-search>. */
export function defineSiteSearch(): void {
  if (!customElements.get('va-site-search')) customElements.define('va-site-search', SiteSearch);
}
