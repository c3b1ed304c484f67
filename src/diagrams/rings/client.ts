/**
 * <va-rings-diagram>: moves component chips between rings and modes as the configuration
 * changes (radio ─► [config C]). State: data-state and ?rings= in the URL.
 */
import { readPayload, readUrlState, renderSources, writeUrlState } from '../shared/client-dom';
import { morphBoxes } from '../shared/morph';
import type { StateOf, StateSpec } from '../../lib/url-state';
import type { RingChip } from './layout';
import type { SourceRef } from '../shared/sources';

interface Payload {
  order: string[];
  configs: Record<
    string,
    {
      label: string;
      summary: string;
      hardwareAssist: boolean;
      chips: RingChip[];
      items: { label: string; mode: string; ring: number; detail: string; sources: SourceRef[] }[];
    }
  >;
}

const modeName = (mode: string, assist: boolean) =>
  mode === 'guest' ? 'VMX non-root (guest mode)' : assist ? 'VMX root (host mode)' : 'No hardware assist';

class RingsDiagram extends HTMLElement {
  private data!: Payload;
  private spec!: StateSpec;
  private config = '';

  connectedCallback() {
    this.data = readPayload<Payload>(this);
    this.spec = { rings: { kind: 'enum', values: this.data.order, default: this.dataset.default! } };
    this.config = (
      readUrlState(this.spec, this.querySelector('.va-notice')) as unknown as { rings: string }
    ).rings;
    this.dataset.enhanced = '';
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name !== 'va-rings-config') return;
      this.config = t.value;
      writeUrlState(this.spec, { rings: this.config } as unknown as StateOf<StateSpec>);
      this.render();
    });
    this.render();
  }

  private render() {
    const c = this.data.configs[this.config]!;
    const svg = this.querySelector('svg')!;
    svg.dataset.assist = String(c.hardwareAssist);
    const nodes = morphBoxes(svg, c.chips, '.va-ring-chip');
    for (const chip of c.chips) nodes.get(chip.key)!.dataset.mode = chip.mode;
    this.querySelector('[data-col-label="host"]')!.textContent = c.hardwareAssist
      ? 'VMX root (host mode)'
      : 'No hardware assist: one set of rings';
    svg.querySelector('title')!.textContent = `Privilege modes: ${c.label}`;
    svg.querySelector('desc')!.textContent = c.items
      .map((i) => `${i.label}: ${i.mode === 'guest' ? 'non-root' : 'root'} ring ${i.ring}`)
      .join('; ');
    this.querySelector('[data-label]')!.textContent = c.label;
    this.querySelector('[data-summary]')!.textContent = c.summary;
    this.querySelector<HTMLInputElement>(`input[value="${CSS.escape(this.config)}"]`)!.checked = true;
    this.querySelector('[data-list]')!.replaceChildren(
      ...c.items.map((i) => {
        const li = document.createElement('li');
        const b = document.createElement('strong');
        b.textContent = i.label;
        const cites = document.createElement('span');
        cites.className = 'va-cite';
        renderSources(cites, i.sources);
        li.append(b, `: ${modeName(i.mode, c.hardwareAssist)}, ring ${i.ring}. ${i.detail} `, cites);
        return li;
      }),
    );
    this.dataset.state = `config=${this.config}`;
  }
}

customElements.define('va-rings-diagram', RingsDiagram);
