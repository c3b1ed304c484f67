/**
 * <va-path-tracer>: steps through a request path drawn at build time.
 *
 *   scenario radio ─► [scenario S, variant V=first, step 0]
 *   variant radio  ─► [S, V', step 0]
 *   Prev/Next, ←/→, Home/End, click a marker ─► [S, V, step k]   (k clamped to the path)
 *
 * State lives in data-state and the URL (?path=, ?path-via=, ?path-step=).
 */
import { readUrlState, writeUrlState } from '../shared/client-dom';
import type { StateOf, StateSpec } from '../../lib/url-state';

type State = { path: string; 'path-via': string; 'path-step': number };

class PathTracer extends HTMLElement {
  private spec!: StateSpec;
  private state!: State;

  connectedCallback() {
    const sections = [...this.querySelectorAll<HTMLElement>('.va-path-variant')];
    const scenarios = [...new Set(sections.map((s) => s.dataset.scenario!))];
    const maxSteps = Math.max(...sections.map((s) => s.querySelectorAll('.va-path-steps li').length));
    this.spec = {
      path: { kind: 'enum', values: scenarios, default: this.dataset.default! },
      'path-via': {
        kind: 'enum',
        values: ['first', ...new Set(sections.map((s) => s.dataset.variant!))],
        default: 'first',
      },
      'path-step': { kind: 'int', min: 0, max: maxSteps - 1, default: 0 },
    };
    const notice = this.querySelector('.va-notice')!;
    this.state = readUrlState(this.spec, notice) as unknown as State;
    // A variant or step that does not exist in the chosen scenario is junk too: fall back.
    if (!this.section()) {
      this.state['path-via'] = 'first';
      notice.textContent ||=
        'Part of this link could not be understood, so the default view is shown for it.';
    }
    if (this.state['path-step'] >= this.stepCount()) this.state['path-step'] = 0;
    this.dataset.enhanced = '';

    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name.endsWith('-scenario')) this.update({ path: t.value, 'path-via': 'first', 'path-step': 0 });
      else if (t.name.includes('-via-')) this.update({ 'path-via': t.value, 'path-step': 0 });
    });
    this.addEventListener('click', (e) => {
      const t = e.target as Element;
      if (t.closest('[data-prev]')) this.step(-1);
      else if (t.closest('[data-next]')) this.step(1);
      else {
        const marker = t.closest<SVGGElement>('.va-path-step');
        if (marker) this.update({ 'path-step': Number(marker.dataset.step) });
      }
    });
    this.addEventListener('keydown', (e) => {
      if ((e.target as Element).matches('input')) return; // radios keep their own arrow keys
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
      if (!(e.key in moves)) return;
      e.preventDefault();
      this.step(moves[e.key]!);
    });
    this.render();
  }

  private section(): HTMLElement | null {
    const { path, 'path-via': via } = this.state;
    const inScenario = `.va-path-variant[data-scenario="${CSS.escape(path)}"]`;
    return via === 'first'
      ? this.querySelector<HTMLElement>(inScenario)
      : this.querySelector<HTMLElement>(`${inScenario}[data-variant="${CSS.escape(via)}"]`);
  }

  private stepCount(): number {
    return this.section()?.querySelectorAll('.va-path-steps li').length ?? 1;
  }

  private step(delta: number) {
    const last = this.stepCount() - 1;
    this.update({ 'path-step': Math.max(0, Math.min(last, this.state['path-step'] + delta)) });
  }

  private update(patch: Partial<State>) {
    this.state = { ...this.state, ...patch };
    writeUrlState(this.spec, this.state as unknown as StateOf<StateSpec>);
    this.render();
  }

  private render() {
    const active = this.section()!;
    const { path, 'path-step': step } = this.state;
    const via = active.dataset.variant!;
    for (const fs of this.querySelectorAll<HTMLElement>('[data-via-for]'))
      fs.hidden = fs.dataset.viaFor !== path;
    this.querySelector<HTMLInputElement>(`input[name$="-scenario"][value="${CSS.escape(path)}"]`)!.checked =
      true;
    this.querySelector<HTMLInputElement>(
      `[data-via-for="${CSS.escape(path)}"] input[value="${CSS.escape(via)}"]`,
    )!.checked = true;
    for (const s of this.querySelectorAll<HTMLElement>('.va-path-variant')) s.hidden = s !== active;

    const items = [...active.querySelectorAll<HTMLLIElement>('.va-path-steps li')];
    items.forEach((li, i) => {
      if (i === step) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
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
    this.querySelector('[data-now]')!.textContent =
      `Step ${step + 1} of ${items.length}. ${items[step]?.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`;
    this.dataset.state = `scenario=${path};via=${via};step=${step}`;
  }
}

customElements.define('va-path-tracer', PathTracer);
