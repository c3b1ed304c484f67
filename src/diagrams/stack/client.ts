/**
 * <va-stack-explorer>: shows, hides and marks the stack explorer's server-rendered states.
 *
 *   system radio ───────────► [system S] ──layer button / block──► [S, layer L] ──same again──► [S]
 *   compare box / <select> ──► [S beside V] (L shown in both; V is never S)
 *   date control (`va:at`) ──► at ──► systems that did not exist at the date are disabled; one
 *                                     asked for is replaced (stackView), with a notice
 *
 * Nothing is rebuilt, so focus stays on the control the reader used; a block clicked in the
 * drawing passes focus to its layer button. State: data-state, and ?stack, ?stack-vs, ?stack-layer.
 */
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';
import {
  lifeOf,
  normalizeStackState,
  stackSpec,
  stackView,
  viewNotice,
  type StackSpec,
  type StackState,
  type SystemLite,
} from './model';

class StackExplorer extends UrlStateWidget<StackSpec> {
  protected override readonly datedView = true;
  private systems: SystemLite[] = [];
  private radios = new Map<string, HTMLInputElement>();
  private figures = new Map<string, HTMLElement>();
  private lists = new Map<string, HTMLElement>();
  private keysOf = new Map<string, Set<string>>();

  protected spec(): StackSpec {
    for (const r of this.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      const { label, first, last, partner } = r.dataset;
      this.radios.set(r.value, r);
      this.systems.push({
        id: r.value,
        label: label!,
        partner: partner!,
        span: first ? { first, last } : undefined,
      });
    }
    for (const f of this.querySelectorAll<HTMLElement>('figure[data-system]'))
      this.figures.set(f.dataset.system!, f);
    for (const l of this.querySelectorAll<HTMLElement>('.va-stack-layer-list')) {
      this.lists.set(l.dataset.system!, l);
      this.keysOf.set(
        l.dataset.system!,
        new Set([...l.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.key!)),
      );
    }
    const keys = [...new Set([...this.keysOf.values()].flatMap((k) => [...k]))];
    return stackSpec(
      this.systems.map((s) => s.id),
      keys,
      this.dataset.default!,
    );
  }

  protected override normalizeState(s: StackState): StackState {
    return normalizeStackState(s, (id) => this.partnerOf(id));
  }

  private partnerOf(id: string): string {
    return this.systems.find((s) => s.id === id)!.partner;
  }

  protected setup() {
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.matches('input[type=radio]')) {
        // Choosing the system that was being compared swaps the two.
        const vs = t.value === this.state['stack-vs'] ? this.state.stack : this.state['stack-vs'];
        this.update({ stack: t.value, 'stack-vs': vs });
      } else if (t.matches('[data-compare]'))
        this.update({ 'stack-vs': (t as HTMLInputElement).checked ? this.select().value : 'none' });
      else if (t.matches('[data-vs]')) this.update({ 'stack-vs': t.value });
    });
    this.addEventListener('click', (e) => {
      const el = (e.target as Element).closest<HTMLElement | SVGGElement>(
        '.va-stack-layers button, .va-stack-block',
      );
      const key = el?.dataset.key;
      if (!key) return;
      const again = this.state['stack-layer'] === key;
      if (el instanceof HTMLButtonElement) this.update({ 'stack-layer': again ? 'none' : key });
      else {
        this.update({ 'stack-layer': key });
        this.buttons()
          .find((b) => b.dataset.key === key)
          ?.focus({ preventScroll: true });
      }
    });
    this.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      if (!t.matches('.va-stack-layers button')) return;
      const buttons = this.buttons();
      const i = buttons.indexOf(t as HTMLButtonElement);
      const moves: Record<string, number> = {
        ArrowDown: i + 1,
        ArrowRight: i + 1,
        ArrowUp: i - 1,
        ArrowLeft: i - 1,
        Home: 0,
        End: buttons.length - 1,
      };
      const next = buttons[moves[e.key] ?? -1];
      if (!next) return;
      e.preventDefault();
      next.focus();
    });
  }

  private select(): HTMLSelectElement {
    return this.querySelector<HTMLSelectElement>('[data-vs]')!;
  }

  /** The layer buttons the reader can see, in order. */
  private buttons(): HTMLButtonElement[] {
    return [
      ...this.querySelectorAll<HTMLButtonElement>(
        '.va-stack-layer-list:not([hidden]) li:not([hidden]) button',
      ),
    ];
  }

  protected render() {
    const at = this.at.at;
    const view = stackView(this.state, this.systems, this.dataset.default!, at);
    const { primary, vs } = view;
    this.renderControls(primary, vs);
    this.renderFigures(primary, vs);
    this.renderLists(primary, vs);
    const layer = this.renderLayer(primary, vs);
    const notice = viewNotice(view, this.systems, at);
    const when = this.querySelector('[data-when]')!;
    if (when.textContent !== notice) when.textContent = notice;
    this.dataset.state = `system=${primary ?? 'none'};vs=${vs ?? 'none'};layer=${layer}`;
  }

  /** Shows the drawing of each system drawn, the second after the first (read second, too). */
  private renderFigures(primary?: string, vs?: string) {
    for (const [id, f] of this.figures) {
      setHidden(f, id !== primary && id !== vs);
      f.classList.toggle('is-secondary', id === vs);
    }
    const [a, b] = [primary, vs].map((id) => (id ? this.figures.get(id) : undefined));
    if (a && b && a.nextElementSibling !== b) a.after(b);
    this.querySelector<HTMLElement>('[data-panels]')!.toggleAttribute('data-comparing', !!vs);
  }

  /** Shows the first system's layer buttons, then those only the second system has. */
  private renderLists(primary?: string, vs?: string) {
    const inPrimary = (primary && this.keysOf.get(primary)) || new Set<string>();
    for (const [id, list] of this.lists) {
      const extra = id === vs;
      const items = [...list.querySelectorAll<HTMLElement>('li')];
      for (const li of items) setHidden(li, extra && inPrimary.has(li.dataset.key!));
      setHidden(list, id !== primary && !(extra && items.some((li) => !li.hidden)));
      setHidden(list.querySelector<HTMLElement>('[data-heading=all]')!, extra);
      setHidden(list.querySelector<HTMLElement>('[data-heading=extra]')!, !extra);
    }
    const [a, b] = [primary, vs].map((id) => (id ? this.lists.get(id) : undefined));
    if (a && b && a.nextElementSibling !== b) a.after(b);
  }

  /** Marks the chosen layer in drawings and lists and shows its details; returns the layer shown. */
  private renderLayer(primary?: string, vs?: string): string {
    const key = this.state['stack-layer'];
    const drawn = [primary, vs].filter((id): id is string => !!id && this.keysOf.get(id)!.has(key));
    const layer = drawn.length ? key : 'none';
    for (const b of this.querySelectorAll<HTMLButtonElement>('.va-stack-layers button'))
      setAttr(b, 'aria-pressed', String(b.dataset.key === layer));
    for (const g of this.querySelectorAll<SVGGElement>('.va-stack-block'))
      g.classList.toggle('is-selected', g.dataset.key === layer);
    const shown: HTMLElement[] = [];
    for (const d of this.querySelectorAll<HTMLElement>('.va-detail-item')) {
      const on = d.dataset.key === layer && drawn.includes(d.dataset.system!);
      setHidden(d, !on);
      d.classList.toggle('is-secondary', on && d.dataset.system === vs);
      if (on) shown[d.dataset.system === primary ? 0 : 1] = d;
    }
    if (shown[0] && shown[1] && shown[0].nextElementSibling !== shown[1]) shown[0].after(shown[1]);
    setHidden(this.querySelector<HTMLElement>('[data-empty]')!, layer !== 'none');
    // Before any system existed there is nothing to choose from.
    setHidden(this.querySelector<HTMLElement>('[data-detail]')!, !primary);
    return layer;
  }

  /** Radios and options: disabled (with the reason) for systems the date rules out. */
  private renderControls(primary: string | undefined, vs: string | undefined) {
    const at = this.at.at;
    for (const s of this.systems) {
      const life = lifeOf(s, at);
      const radio = this.radios.get(s.id)!;
      radio.disabled = life !== 'alive';
      radio.checked = s.id === primary;
      const label = radio.closest('label')!;
      setAttr(label, 'data-life', life);
      for (const span of label.querySelectorAll<HTMLElement>('[data-life]'))
        setHidden(span, span.dataset.life !== life);
    }
    const select = this.select();
    for (const o of select.options) {
      const s = this.systems.find((x) => x.id === o.value)!;
      const life = lifeOf(s, at);
      o.disabled = life !== 'alive' || o.value === primary;
      setAttr(
        o,
        'label',
        life === 'alive' ? null : (o.dataset[life === 'ended' ? 'ended' : 'notYet'] ?? null),
      );
    }
    const compare = this.querySelector<HTMLInputElement>('[data-compare]')!;
    compare.checked = !!vs;
    compare.disabled = !primary;
    select.disabled = !vs;
    // Before compare mode starts, the <select> offers the partner it would start with.
    const next =
      vs ??
      (primary &&
        stackView(
          { ...this.state, stack: primary, 'stack-vs': this.partnerOf(primary) },
          this.systems,
          primary,
          at,
        ).vs);
    if (next && select.value !== next) select.value = next;
  }
}

customElements.define('va-stack-explorer', StackExplorer);
