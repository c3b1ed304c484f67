/**
 * <va-rings-diagram>: shows the configuration chosen (radio ─► [config C]); every configuration's
 * drawing and list were rendered at build time, so only `hidden` changes and focus stays on the
 * radio. State: data-state and ?rings= in the URL.
 */
import type { StateSpec } from '../../lib/url-state';
import { setHidden, UrlStateWidget } from '../shared/widget';

/** The diagram's one URL field: the configuration shown. */
function ringsSpec(ids: readonly string[], defaultId: string) {
  return { rings: { kind: 'enum', values: ids, default: defaultId } } as const satisfies StateSpec;
}
type RingsSpec = ReturnType<typeof ringsSpec>;

class RingsDiagram extends UrlStateWidget<RingsSpec> {
  private radios: HTMLInputElement[] = [];
  private configs: HTMLElement[] = [];

  protected spec(): RingsSpec {
    this.radios = [...this.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    this.configs = [...this.querySelectorAll<HTMLElement>('[data-config]')];
    return ringsSpec(
      this.radios.map((r) => r.value),
      this.dataset.default!,
    );
  }

  protected setup() {
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (this.radios.includes(t)) this.update({ rings: t.value });
    });
  }

  protected render() {
    const id = this.state.rings;
    for (const r of this.radios) r.checked = r.value === id;
    for (const c of this.configs) setHidden(c, c.dataset.config !== id);
    this.dataset.state = `config=${id}`;
  }
}

customElements.define('va-rings-diagram', RingsDiagram);
