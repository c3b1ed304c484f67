/**
 * <va-lineage>: selects a node of the lineage drawn at build time, highlights where it came from and
 * what came of it, filters the edges by kind, and dims what did not yet exist at the shared date.
 *
 *   node click, Enter or Space ─┐
 *   name in the table or detail ├─► [lin = node] ──┐
 *   ←/→ along edges, ↑/↓ among ─┘                  ├─► render: node and edge states, the node's
 *   Escape, "Clear selection" ──► [lin = none] ────┤    detail shown, table rows hidden or marked,
 *   kind radio ──► [lin-kind] ─────────────────────┤    count, data-state, URL (?lin=&lin-kind=)
 *   date control (`va:at`) ──► at ─────────────────┘    and data-at
 *
 * Everything it shows or hides was rendered at build time; it only toggles attributes.
 */
import { LINEAGE_KINDS } from '../../lib/vocabulary';
import type { StateSpec } from '../../lib/url-state';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';
import { ancestors, descendants, existsAt, neighbours, type LineageLink } from './model';

const KIND_VALUES = ['all', ...LINEAGE_KINDS] as const;

/** The URL fields: the selected node and the kind of edge shown. */
function lineageSpec(ids: readonly string[]) {
  return {
    lin: { kind: 'enum', values: ['none', ...ids], default: 'none' },
    'lin-kind': { kind: 'enum', values: KIND_VALUES, default: 'all' },
  } as const satisfies StateSpec;
}
type Spec = ReturnType<typeof lineageSpec>;

class Lineage extends UrlStateWidget<Spec> {
  protected override readonly datedView = true;
  private nodeLinks = new Map<string, SVGAElement>();
  private dates = new Map<string, string>();
  private edges: (LineageLink & { el: SVGGElement; shownFrom: string })[] = [];
  /** The list the last ←/→ step chose from, so that ↑/↓ can try its other entries. */
  private via?: { list: string[]; index: number };

  protected spec(): Spec {
    for (const a of this.querySelectorAll<SVGAElement>('a[data-node]')) {
      this.nodeLinks.set(a.dataset.node!, a);
      this.dates.set(a.dataset.node!, a.dataset.date!);
    }
    return lineageSpec([...this.nodeLinks.keys()]);
  }

  protected setup() {
    this.edges = [...this.querySelectorAll<SVGGElement>('g[data-edge]')].map((el) => ({
      el,
      id: el.dataset.edge!,
      from: el.dataset.from!,
      to: el.dataset.to!,
      kind: el.dataset.kind as LineageLink['kind'],
      date: el.dataset.shownFrom!,
      shownFrom: el.dataset.shownFrom!,
    }));
    this.addEventListener('click', (e) => {
      const t = e.target as Element;
      const node = t.closest<SVGAElement>('a[data-node]');
      const goto = t.closest<HTMLAnchorElement>('a[data-goto]');
      if (node) {
        e.preventDefault();
        this.via = undefined;
        this.update({ lin: this.state.lin === node.dataset.node ? 'none' : node.dataset.node! });
      } else if (goto) {
        e.preventDefault();
        this.via = undefined;
        this.update({ lin: goto.dataset.goto! });
        this.nodeLinks.get(goto.dataset.goto!)?.focus();
      } else if (t.closest('[data-clear]')) this.update({ lin: 'none' });
    });
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      const kind = KIND_VALUES.find((k) => k === t.value);
      if (t.matches('[data-kind-filter]') && kind) this.update({ 'lin-kind': kind });
    });
    this.addEventListener('keydown', (e) => this.onKey(e));
    // A shared link that selects a node opens with that node in view in a narrow chart box.
    if (this.state.lin !== 'none') requestAnimationFrame(() => this.reveal(this.state.lin));
  }

  /** Edges of the kind shown. */
  private shownEdges(): LineageLink[] {
    const kind = this.state['lin-kind'];
    return this.edges.filter((e) => kind === 'all' || e.kind === kind);
  }

  private onKey(e: KeyboardEvent) {
    const link = (e.target as Element).closest?.<SVGAElement>('a[data-node]');
    if (!link) return;
    const id = link.dataset.node!;
    if (e.key === ' ') {
      e.preventDefault();
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      return;
    }
    if (e.key === 'Escape') {
      if (this.state.lin !== 'none') e.preventDefault();
      this.update({ lin: 'none' });
      return;
    }
    const { next, prev } = neighbours(id, this.shownEdges(), (n) => this.dates.get(n)!);
    let target: string | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const list = e.key === 'ArrowRight' ? next : prev;
      this.via = list.length ? { list, index: 0 } : this.via;
      target = list[0];
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const v =
        this.via && this.via.list[this.via.index] === id
          ? this.via
          : { list: [...next, ...prev, id], index: -1 };
      if (v.list.length > 1) {
        v.index = (v.index + step + v.list.length) % v.list.length;
        this.via = v;
        target = v.list[v.index];
      }
    } else return;
    e.preventDefault();
    if (!target || target === id) return;
    this.update({ lin: target });
    this.nodeLinks.get(target)!.focus();
  }

  /** Scrolls the chart's own box (never the page) so that a node is in its middle. */
  private reveal(id: string) {
    const box = this.querySelector<HTMLElement>('.va-lin-chart');
    const node = this.nodeLinks.get(id);
    if (!box || !node || box.scrollWidth <= box.clientWidth) return;
    const offset = node.getBoundingClientRect().left - box.getBoundingClientRect().left;
    box.scrollLeft += offset - box.clientWidth / 2;
  }

  protected render() {
    const { lin: selected, 'lin-kind': kind } = this.state;
    const at = this.at.at;
    const shown = this.shownEdges();
    const up = selected === 'none' ? new Set<string>() : ancestors(selected, shown);
    const down = selected === 'none' ? new Set<string>() : descendants(selected, shown);
    const onPath = (e: LineageLink) =>
      selected !== 'none' &&
      (((up.has(e.from) || e.from === selected) && (up.has(e.to) || e.to === selected)) ||
        ((down.has(e.from) || e.from === selected) && (down.has(e.to) || e.to === selected)));

    for (const [id, a] of this.nodeLinks) {
      const state =
        selected === 'none'
          ? null
          : id === selected
            ? 'selected'
            : up.has(id)
              ? 'ancestor'
              : down.has(id)
                ? 'descendant'
                : 'other';
      setAttr(a, 'data-state', state);
      setAttr(a, 'aria-current', id === selected ? 'true' : null);
      setAttr(a, 'data-future', existsAt(this.dates.get(id)!, at) ? null : '');
    }
    let count = 0;
    for (const e of this.edges) {
      const off = kind !== 'all' && e.kind !== kind;
      if (!off) count++;
      setAttr(e.el, 'data-off', off ? '' : null);
      setAttr(e.el, 'data-state', selected === 'none' || off ? null : onPath(e) ? 'path' : 'other');
      setAttr(e.el, 'data-future', existsAt(e.shownFrom, at) ? null : '');
    }
    for (const tr of this.querySelectorAll<HTMLTableRowElement>('tr[data-edge-row]')) {
      const e = this.edges.find((x) => x.id === tr.dataset.edgeRow)!;
      setHidden(tr, kind !== 'all' && e.kind !== kind);
      tr.classList.toggle('is-marked', onPath(e));
      setAttr(tr, 'data-future', existsAt(e.shownFrom, at) ? null : '');
    }
    for (const article of this.querySelectorAll<HTMLElement>('[data-detail]'))
      setHidden(article, article.dataset.detail !== selected);
    setHidden(this.querySelector<HTMLElement>('[data-empty]')!, selected !== 'none');
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-kind-filter]'))
      radio.checked = radio.value === kind;
    this.querySelector<HTMLButtonElement>('[data-clear]')!.disabled = selected === 'none';

    const name = selected === 'none' ? '' : this.nodeLinks.get(selected)!.dataset.name;
    const text =
      `${count} of ${this.edges.length} edges shown.` +
      (selected === 'none'
        ? ''
        : ` ${name}: ${up.size} ${up.size === 1 ? 'ancestor' : 'ancestors'} and ${down.size} ${down.size === 1 ? 'descendant' : 'descendants'}${kind === 'all' ? '' : ' along these edges'}.`);
    const counter = this.querySelector('[data-count]')!;
    if (counter.textContent !== text) counter.textContent = text;
    this.toggleAttribute('data-selected', selected !== 'none');
    this.dataset.state = `lin=${selected};kind=${kind};shown=${count}`;
  }
}

customElements.define('va-lineage', Lineage);
