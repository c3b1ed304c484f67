/**
 * <va-pvops-explorer>: re-binds the drawing to a backend and switches between the 2.6.20 single
 * struct and the 2.6.24 groups (backend radio ─► [B, era]; era radio ─► [B, era']).
 * State: data-state and ?pvops=, ?pvops-era= in the URL.
 */
import { PV_BACKEND_LABELS, PV_BACKENDS, PV_ERAS } from '../../lib/vocabulary';
import { UrlStateWidget } from '../shared/widget';

const spec = {
  pvops: { kind: 'enum', values: PV_BACKENDS, default: 'native' },
  'pvops-era': { kind: 'enum', values: PV_ERAS, default: 'split' },
} as const;

class PvopsExplorer extends UrlStateWidget<typeof spec> {
  protected spec() {
    return spec;
  }

  protected setup() {
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      const backend = PV_BACKENDS.find((b) => b === t.value);
      const era = PV_ERAS.find((x) => x === t.value);
      if (t.name === 'va-pvops-backend' && backend) this.update({ pvops: backend });
      if (t.name === 'va-pvops-era' && era) this.update({ 'pvops-era': era });
    });
  }

  protected render() {
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
    svg.querySelector('title')!.textContent = `paravirt_ops bindings: ${PV_BACKEND_LABELS[backend]}`;
    this.querySelector('[data-backend-label]')!.textContent = PV_BACKEND_LABELS[backend];
    this.querySelector<HTMLInputElement>(`input[name="va-pvops-backend"][value="${backend}"]`)!.checked =
      true;
    this.querySelector<HTMLInputElement>(`input[name="va-pvops-era"][value="${era}"]`)!.checked = true;
    this.dataset.state = `backend=${backend};era=${era}`;
  }
}

customElements.define('va-pvops-explorer', PvopsExplorer);
