/**
 * The base of every interactive diagram: a custom element whose state lives in the URL.
 *
 *   connected ──► spec() from the rendered markup ──► state read from the URL (junk: notice)
 *        │                                                   │
 *        └──► setup(): listeners                             ▼
 *   update(patch) ──► normalize ──► URL (replaceState) ──► render()
 *   `va:at` event (the shared date control) ──► at ──► render()
 *
 * Subclasses declare their URL fields once (`spec`), and the state's type follows from it, so no
 * casts are needed. Widgets that show the atlas at a date set `datedView = true`: they read `at`
 * from the URL, follow the date control, and expose the date they show as `data-at`.
 */
import { readAt, todayIso, type AtReading } from '../../lib/at-date';
import { defaultState, type StateOf, type StateSpec } from '../../lib/url-state';
import { readUrlState, writeUrlState } from './client-dom';

/** The event the date control dispatches on `document` when the reader picks a date. */
export const AT_EVENT = 'va:at';

/**
 * The date a page shows: `at` from the URL; else the date a snapshot page was rendered for
 * (`fixedAt`, from the server's `data-at` with `data-fixed`); else today.
 */
export function currentAt(fixedAt?: string): AtReading {
  const params = new URLSearchParams(location.search);
  if (!params.has('at') && fixedAt) return { at: fixedAt, isToday: false };
  return readAt(params.get('at'), todayIso());
}

/** A URL-state widget; see the diagram above. */
export abstract class UrlStateWidget<S extends StateSpec> extends HTMLElement {
  protected fields!: S;
  protected state!: StateOf<S>;
  /** The date shown, for widgets that follow the shared date (`datedView`). */
  protected at: AtReading = { at: todayIso(), isToday: true };
  /** Whether the widget follows the page's `at` date. */
  protected readonly datedView: boolean = false;

  /** The widget's URL fields, built from what the server rendered. */
  protected abstract spec(): S;
  /** Adds event listeners; called once, before the first render. */
  protected abstract setup(): void;
  /**
   * Brings the DOM in line with `state` (and `at`). May return a promise (a view that fetches
   * data for another date): `data-at` is set once it settles, so it always names what is shown.
   */
  protected abstract render(): void | Promise<void>;
  /** Corrects a state that is valid field by field but not as a whole. */
  protected normalizeState(state: StateOf<S>): StateOf<S> {
    return state;
  }

  connectedCallback() {
    // The script starts after the page has loaded (lib/defer-scripts.ts): a reader may already have
    // picked a radio or ticked a box, which the first render from the URL would undo.
    const early = changedControls(this);
    this.fields = this.spec();
    this.state = this.normalizeState(readUrlState(this.fields, this.notice()));
    if (this.datedView) {
      this.at = currentAt(this.hasAttribute('data-fixed') ? this.dataset.at : undefined);
      document.addEventListener(AT_EVENT, this.onAt);
    }
    this.dataset.enhanced = '';
    this.setup();
    this.renderAndMark();
    for (const replay of early) replay();
  }

  /** Renders, then records the date shown in `data-at` (after an asynchronous render settles). */
  private renderAndMark(): void {
    const done = () => {
      if (this.datedView) this.dataset.at = this.at.at;
    };
    const r = this.render();
    if (r instanceof Promise) void r.then(done);
    else done();
  }

  disconnectedCallback() {
    document.removeEventListener(AT_EVENT, this.onAt);
  }

  private readonly onAt = (e: Event) => {
    this.at = (e as CustomEvent<AtReading>).detail;
    this.renderAndMark();
  };

  /** Changes part of the state, records it in the URL and renders. */
  protected update(patch: Partial<StateOf<S>>): void {
    this.state = this.normalizeState({ ...this.state, ...patch });
    writeUrlState(this.fields, this.state);
    this.renderAndMark();
  }

  /** The widget's own notice (not the one of a date control inside it). */
  protected notice(): Element | null {
    return [...this.querySelectorAll('.va-notice')].find((n) => !n.closest('va-date-control')) ?? null;
  }

  /** Returns to the default view. */
  protected reset(): void {
    const notice = this.notice();
    if (notice) notice.textContent = '';
    this.update(defaultState(this.fields));
  }
}

/**
 * The form controls in `root` that the reader changed before its script started (their state
 * differs from the markup's), each as a function that sets that state again and fires the events
 * a reader's change fires, so the widget's own listeners apply it. The date control has its own.
 */
export function changedControls(root: HTMLElement): (() => void)[] {
  const replays: (() => void)[] = [];
  const fire = (el: HTMLElement, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (el.closest('va-date-control')) continue;
    if (el instanceof HTMLSelectElement) {
      // With no option marked `selected`, a single select shows its first one.
      const marked = [...el.options].findIndex((o) => o.defaultSelected);
      const value = el.value;
      if (!el.multiple && el.selectedIndex !== (marked === -1 ? 0 : marked))
        replays.push(() => ((el.value = value), fire(el, 'change')));
    } else if (el.type === 'radio' || el.type === 'checkbox') {
      const checked = el.checked;
      if (checked !== el.defaultChecked && (el.type === 'checkbox' || checked))
        replays.push(() => ((el.checked = checked), fire(el, 'input'), fire(el, 'change')));
    } else if (el.hasAttribute('value') || el.type === 'text' || el.type === 'search') {
      // A slider without a `value` attribute starts mid-range, not at its empty default value.
      const value = el.value;
      if (value !== el.defaultValue)
        replays.push(() => ((el.value = value), fire(el, 'input'), fire(el, 'change')));
    }
  }
  return replays;
}

/** Sets `hidden` only when it changes (a write costs a relayout even when nothing changes). */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Sets an attribute only when it changes; `null` removes it. */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
