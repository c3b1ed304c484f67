/**
 * The timeline chart's DOM, for client.ts: the nodes of each marker that move with the view, read
 * once from what Timeline.astro drew, and the writes that put a layout on them (markers, labels,
 * leaders, ticks and the line of the date shown). Only attributes change; no element is added.
 */
import { setAttr } from '../shared/widget';
import { AFTER_DATE } from './kinds';
import type { TimelineLayout } from './layout';

/** The nodes of one marker that change with the view. */
export interface MarkerRef {
  g: SVGGElement;
  span: SVGLineElement;
  title: SVGTitleElement;
  /** The event's name without the "after the date" suffix. */
  name: string;
  text: SVGTextElement | null;
  leader: SVGLineElement | null;
}

/** Every marker drawn in `root`, by event id. */
export function readMarkers(root: HTMLElement): Map<string, MarkerRef> {
  const markers = new Map<string, MarkerRef>();
  for (const g of root.querySelectorAll<SVGGElement>('.va-tl-ev')) {
    const title = g.querySelector<SVGTitleElement>('title')!;
    markers.set(g.dataset.id!, {
      g,
      span: g.querySelector('.va-tl-span')!,
      title,
      name: (title.textContent ?? '').replace(`, ${AFTER_DATE}`, ''),
      text: g.querySelector('.va-tl-label'),
      leader: g.querySelector('.va-tl-leader'),
    });
  }
  return markers;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Puts `layout` on the chart in `root`, marks `selected` and titles the drawing. */
export function drawChart(
  root: HTMLElement,
  markers: ReadonlyMap<string, MarkerRef>,
  layout: TimelineLayout,
  selected: string,
  title: string,
): void {
  for (const p of layout.events) {
    const m = markers.get(p.id);
    if (!m) continue;
    m.g.style.transform = `translate(${p.x}px, ${p.y}px)`;
    setAttr(m.span, 'x1', String(p.spanFrom));
    setAttr(m.span, 'x2', String(p.spanTo));
    setAttr(m.g, 'data-out', p.visible ? null : '');
    setAttr(m.g, 'data-after', p.after ? '' : null);
    m.g.classList.toggle('is-selected', p.id === selected);
    const name = p.after ? `${m.name}, ${AFTER_DATE}` : m.name;
    setAttr(m.g, 'aria-label', name);
    if (m.title.textContent !== name) m.title.textContent = name;
    const label = p.label;
    if (m.text) {
      setAttr(m.text, 'data-off', label ? null : '');
      if (label) {
        setAttr(m.text, 'x', String(round(label.textX - p.x)));
        setAttr(m.text, 'y', String(round(label.box.y + label.box.height / 2 - p.y)));
        setAttr(m.text, 'text-anchor', label.anchor);
      }
    }
    const leader = p.label?.leader;
    if (m.leader) {
      setAttr(m.leader, 'data-off', leader ? null : '');
      if (leader) {
        setAttr(m.leader, 'x1', String(round(leader.x1 - p.x)));
        setAttr(m.leader, 'y1', String(round(leader.y1 - p.y)));
        setAttr(m.leader, 'x2', String(round(leader.x2 - p.x)));
        setAttr(m.leader, 'y2', String(round(leader.y2 - p.y)));
      }
    }
  }
  for (const t of layout.ticks) {
    const g = root.querySelector<SVGGElement>(`.va-tl-tick[data-year="${t.year}"]`);
    if (!g) continue;
    g.style.transform = `translate(${t.x}px, 0)`;
    setAttr(g, 'data-out', t.shown ? null : '');
    setAttr(g, 'data-label', t.label ? '' : null);
  }
  const at = root.querySelector<SVGGElement>('.va-tl-at')!;
  setAttr(at, 'data-side', layout.at?.side ?? 'none');
  const line = at.querySelector('line')!;
  setAttr(line, 'x1', String(layout.at?.x ?? 0));
  setAttr(line, 'x2', String(layout.at?.x ?? 0));
  const label = at.querySelector('text')!;
  setAttr(label, 'x', String(layout.at?.labelX ?? 0));
  if (label.textContent !== (layout.at?.text ?? '')) label.textContent = layout.at?.text ?? '';
  root.querySelector('svg title')!.textContent = title;
}
