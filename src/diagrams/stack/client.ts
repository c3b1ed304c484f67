/**
 * <va-stack-explorer>: morphs the server-rendered stack drawing between systems.
 *
 *   system radio ──► [system S] ──layer button / block click──► [S, layer L]
 *        ▲               │  ▲                                       │
 *        └───────────────┘  └──── other system (L kept if S' has it) ┘
 *   compare checkbox toggles a second panel driven the same way by the <select>.
 *
 * State lives in data-state and in the URL (?stack=, ?stack-vs=, ?stack-layer=).
 */
import { readPayload, readUrlState, renderSources, writeUrlState } from '../shared/client-dom';
import { morphBoxes } from '../shared/morph';
import type { StateOf, StateSpec } from '../../lib/url-state';
import type { StackPayload, StackPayloadBlock } from './payload';

class StackExplorer extends HTMLElement {
  private data!: StackPayload;
  private spec!: StateSpec;
  private state!: { stack: string; 'stack-vs': string; 'stack-layer': string };

  connectedCallback() {
    this.data = readPayload<StackPayload>(this);
    const keys = [...new Set(Object.values(this.data.systems).flatMap((s) => s.blocks.map((b) => b.key)))];
    this.spec = {
      stack: { kind: 'enum', values: this.data.order, default: this.dataset.default! },
      'stack-vs': { kind: 'enum', values: ['none', ...this.data.order], default: 'none' },
      'stack-layer': { kind: 'enum', values: ['none', ...keys], default: 'none' },
    };
    this.state = readUrlState(this.spec, this.querySelector('.va-notice')) as unknown as typeof this.state;
    this.dataset.enhanced = '';

    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.matches('input[type=radio]')) this.update({ stack: t.value });
      else if (t.matches('[data-compare]'))
        this.update({ 'stack-vs': (t as HTMLInputElement).checked ? this.vsChoice() : 'none' });
      else if (t.matches('[data-vs]')) this.update({ 'stack-vs': t.value });
    });
    this.addEventListener('click', (e) => {
      const el = (e.target as Element).closest<HTMLElement | SVGElement>(
        '[data-layer-list] button, .va-stack-block',
      );
      const key = el?.dataset.key;
      if (!key) return;
      const fromPanel = el.closest('[data-panel]')?.getAttribute('data-panel');
      // A click in the secondary panel selects in that system; keep one selection for both.
      this.update({ 'stack-layer': this.state['stack-layer'] === key && !fromPanel ? 'none' : key });
    });
    this.render();
  }

  private vsChoice(): string {
    return this.querySelector<HTMLSelectElement>('[data-vs]')!.value;
  }

  private update(patch: Partial<typeof this.state>) {
    this.state = { ...this.state, ...patch };
    writeUrlState(this.spec, this.state as unknown as StateOf<StateSpec>);
    this.render();
  }

  private render() {
    const { stack, 'stack-vs': vs, 'stack-layer': layer } = this.state;
    const system = this.data.systems[stack]!;
    const primary = this.querySelector<HTMLElement>('[data-panel=primary]')!;
    const secondary = this.querySelector<HTMLElement>('[data-panel=secondary]')!;
    this.drawPanel(primary, stack, layer);
    secondary.hidden = vs === 'none';
    if (vs !== 'none') this.drawPanel(secondary, vs, layer);
    this.querySelector<HTMLInputElement>(`input[type=radio][value="${stack}"]`)!.checked = true;
    const compare = this.querySelector<HTMLInputElement>('[data-compare]')!;
    const select = this.querySelector<HTMLSelectElement>('[data-vs]')!;
    compare.checked = vs !== 'none';
    select.disabled = vs === 'none';
    if (vs !== 'none') select.value = vs;

    this.querySelector('[data-list-label]')!.textContent = system.label;
    const list = this.querySelector('[data-layer-list]')!;
    list.replaceChildren(
      ...system.blocks.map((b) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.key = b.key;
        button.textContent = b.label;
        button.setAttribute('aria-pressed', String(b.key === layer));
        li.append(button);
        return li;
      }),
    );
    this.renderDetail(
      system.blocks.find((b) => b.key === layer),
      vs === 'none' ? undefined : this.data.systems[vs]!.blocks.find((b) => b.key === layer),
    );
    this.dataset.state = `system=${stack};vs=${vs};layer=${layer}`;
  }

  private drawPanel(panel: HTMLElement, id: string, layer: string) {
    const system = this.data.systems[id]!;
    const byKey = new Map(system.blocks.map((b) => [b.key, b]));
    panel.querySelector('[data-caption-label]')!.textContent = system.label;
    panel.querySelector('[data-caption-summary]')!.textContent = system.summary;
    panel.querySelector('title')!.textContent = `Architecture stack: ${system.label}`;
    panel.querySelector('desc')!.textContent = `${system.blocks.map((b) => b.label).join('; ')}.`;
    const nodes = morphBoxes(panel.querySelector('svg')!, system.blocks, '.va-stack-block');
    for (const [key, g] of nodes) {
      const b = byKey.get(key);
      if (!b) continue;
      g.dataset.layer = b.layer;
      g.dataset.style = b.style;
      g.classList.toggle('is-selected', b.key === layer);
    }
  }

  private renderDetail(block?: StackPayloadBlock, other?: StackPayloadBlock) {
    const detail = this.querySelector('[data-detail]')!;
    if (!block && !other) {
      const p = document.createElement('p');
      p.className = 'va-detail-empty';
      p.textContent = 'Select a layer in the drawing or in the list to see what it is and what it does.';
      detail.replaceChildren(p);
      return;
    }
    detail.replaceChildren(
      ...[block, other]
        .filter((b): b is StackPayloadBlock => !!b)
        .map((b, i) => {
          const box = document.createElement('div');
          const h = document.createElement('p');
          h.className = 'va-detail-title';
          const systemId = i === 0 && block ? this.state.stack : this.state['stack-vs'];
          h.textContent = `${b.label} (${this.data.systems[systemId]!.label})`;
          const p = document.createElement('p');
          p.textContent = `${b.detail} `;
          const cites = document.createElement('span');
          cites.className = 'va-cite';
          renderSources(cites, b.sources);
          p.append(cites);
          box.append(h, p);
          if (b.page) {
            const a = document.createElement('a');
            a.href = b.page;
            a.textContent = 'Read more on the page that explains it';
            box.append(a);
          }
          return box;
        }),
    );
  }
}

customElements.define('va-stack-explorer', StackExplorer);
