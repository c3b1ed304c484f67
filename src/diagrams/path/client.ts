/**
 * <va-path-tracer>: steps through request paths drawn at build time. The state machine is in
 * state.ts; this element reads what the server rendered, listens, and toggles `hidden`, classes
 * and `aria-*`. State: data-state and ?path=, ?path-via=, ?path-step= in the URL.
 *
 * Focus never drops: an activation leaves focus on its control, and when that control becomes
 * disabled (Next at the last step) focus moves to its partner button, or to the step text.
 */
import { rejectionNotice } from '../../lib/url-state';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';
import {
  moveStep,
  normalizePathState,
  pathSpec,
  shownVariant,
  switchScenario,
  type PathIndex,
  type PathSpec,
  type PathState,
} from './state';

/** Keys that move the step, and by how much. */
const MOVES: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };

class PathTracer extends UrlStateWidget<PathSpec> {
  private index: PathIndex = { scenarios: [] };
  private sections: HTMLElement[] = [];

  protected spec(): PathSpec {
    this.sections = [...this.querySelectorAll<HTMLElement>('.va-path-variant')];
    const byScenario = new Map<string, PathIndex['scenarios'][number]>();
    for (const s of this.sections) {
      const id = s.dataset.scenario!;
      if (!byScenario.has(id)) byScenario.set(id, { id, variants: [] });
      byScenario.get(id)!.variants.push({ id: s.dataset.variant!, steps: this.items(s).length });
    }
    this.index = { scenarios: [...byScenario.values()] };
    return pathSpec(this.index, this.dataset.default!);
  }

  protected normalizeState(state: PathState): PathState {
    const { state: next, fixed } = normalizePathState(this.index, state);
    // A variant or step that the chosen scenario lacks is junk in the link too.
    const notice = this.querySelector('.va-notice');
    if (fixed && notice && !notice.textContent) notice.textContent = rejectionNotice(['path-via']);
    return next;
  }

  protected setup() {
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name.endsWith('-scenario')) this.update(switchScenario(this.index, this.state, t.value));
      else if (t.name.includes('-via-')) this.update({ 'path-via': t.value, 'path-step': 0 });
    });
    this.addEventListener('click', (e) => {
      const t = e.target as Element;
      if (t.closest('[data-prev]')) this.step(-1);
      else if (t.closest('[data-next]')) this.step(1);
      else {
        const marker = t.closest<SVGGElement>('.va-path-step');
        if (marker) this.goTo(Number(marker.dataset.step));
      }
    });
    this.addEventListener('keydown', (e) => {
      // Only the drawing and the step buttons take these keys: radios keep their arrow keys, and
      // Home and End keep scrolling the page from anywhere else (a citation link, say).
      const onStepper = (e.target as Element).closest('.va-path-figure, [data-prev], [data-next]');
      if (!onStepper || !(e.key in MOVES) || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      this.step(MOVES[e.key]!);
    });
  }

  private step(delta: number) {
    this.goTo(moveStep(this.index, this.state, delta));
  }

  private goTo(step: number) {
    const focused = document.activeElement;
    this.update({ 'path-step': step });
    this.keepFocus(focused);
  }

  /** Moves focus on if the element that had it was just disabled or hidden. */
  private keepFocus(focused: Element | null) {
    if (!(focused instanceof HTMLElement) || !this.contains(focused)) return;
    if (!focused.matches(':disabled') && !focused.closest('[hidden]')) return;
    const prev = this.querySelector<HTMLButtonElement>('[data-prev]')!;
    const next = this.querySelector<HTMLButtonElement>('[data-next]')!;
    const partner = focused === next ? prev : focused === prev ? next : null;
    const target = partner && !partner.disabled ? partner : this.querySelector<HTMLElement>('[data-now]')!;
    target.focus();
  }

  private items(section: Element): HTMLLIElement[] {
    return [...section.querySelectorAll<HTMLLIElement>('.va-path-steps li')];
  }

  protected render() {
    const { path, 'path-step': step } = this.state;
    const via = shownVariant(this.index, this.state).id;
    for (const fs of this.querySelectorAll<HTMLElement>('[data-via-for]'))
      setHidden(fs, fs.dataset.viaFor !== path);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      input.checked = input.name.endsWith('-scenario') ? input.value === path : input.value === via;
    let active = this.sections[0]!;
    for (const s of this.sections) {
      const on = s.dataset.scenario === path && s.dataset.variant === via;
      setHidden(s, !on);
      if (on) active = s;
    }

    const items = this.items(active);
    items.forEach((li, i) => setAttr(li, 'aria-current', i === step ? 'step' : null));
    let lane = '';
    for (const g of active.querySelectorAll<SVGGElement>('.va-path-step, .va-path-seg')) {
      const i = Number(g.dataset.step);
      g.classList.toggle('is-current', i === step);
      g.classList.toggle('is-done', i < step);
      if (i === step && g.dataset.lane) lane = g.dataset.lane;
    }
    for (const l of active.querySelectorAll<SVGGElement>('.va-path-lane'))
      l.classList.toggle('is-active', l.dataset.lane === lane);

    this.querySelector('[data-counter]')!.textContent = `Step ${step + 1} of ${items.length}`;
    this.querySelector<HTMLButtonElement>('[data-prev]')!.disabled = step === 0;
    this.querySelector<HTMLButtonElement>('[data-next]')!.disabled = step === items.length - 1;
    const text = items[step]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    this.querySelector('[data-now]')!.textContent = `Step ${step + 1} of ${items.length}. ${text}`;
    this.dataset.state = `scenario=${path};via=${via};step=${step}`;
  }
}

customElements.define('va-path-tracer', PathTracer);
