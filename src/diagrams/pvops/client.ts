/**
 * <va-pvops-explorer>: re-binds the drawing to a backend and switches between the 2.6.20 single
 * struct and the 2.6.24 groups (backend radio ─► [B, era]; era radio ─► [B, era']).
 * State: data-state and ?pvops=, ?pvops-era= in the URL.
 */
import { readUrlState, writeUrlState } from '../shared/client-dom';
import type { StateOf, StateSpec } from '../../lib/url-state';

const labels: Record<string, string> = {
  native: 'Native (bare metal)',
  xen: 'Xen',
  vmi: 'VMI (VMware)',
  lguest: 'lguest',
  kvm: 'KVM guest',
};
type State = { pvops: string; 'pvops-era': string };

class PvopsExplorer extends HTMLElement {
  private spec: StateSpec = {
    pvops: { kind: 'enum', values: Object.keys(labels), default: 'native' },
    'pvops-era': { kind: 'enum', values: ['2620', 'split'], default: 'split' },
  };
  private state!: State;

  connectedCallback() {
    this.state = readUrlState(this.spec, this.querySelector('.va-notice')) as unknown as State;
    this.dataset.enhanced = '';
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name === 'va-pvops-backend') this.update({ pvops: t.value });
      if (t.name === 'va-pvops-era') this.update({ 'pvops-era': t.value });
    });
    this.render();
  }

  private update(patch: Partial<State>) {
    this.state = { ...this.state, ...patch };
    writeUrlState(this.spec, this.state as unknown as StateOf<StateSpec>);
    this.render();
  }

  private render() {
    const { pvops: backend, 'pvops-era': era } = this.state;
    const svg = this.querySelector('svg')!;
    svg.dataset.backend = backend;
    svg.dataset.era = era;
    for (const row of svg.querySelectorAll('.va-pv-row')) {
      const fn = row.querySelector<SVGTextElement>(`.va-pv-fn[data-backend="${backend}"]`)!;
      for (const t of row.querySelectorAll<SVGTextElement>('.va-pv-fn'))
        t.setAttribute('visibility', t === fn ? 'visible' : 'hidden');
      row.querySelector('.va-pv-link')!.setAttribute('data-bound', fn.dataset.bound!);
    }
    svg.querySelector('title')!.textContent = `paravirt_ops bindings: ${labels[backend]}`;
    this.querySelector('[data-backend-label]')!.textContent = labels[backend]!;
    this.querySelector<HTMLInputElement>(`input[name="va-pvops-backend"][value="${backend}"]`)!.checked =
      true;
    this.querySelector<HTMLInputElement>(`input[name="va-pvops-era"][value="${era}"]`)!.checked = true;
    this.dataset.state = `backend=${backend};era=${era}`;
  }
}

customElements.define('va-pvops-explorer', PvopsExplorer);
