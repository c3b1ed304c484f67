/**
 * The isolation explorer's model, built once at build time from three kinds of data: the stack
 * (which blocks a system has), the interfaces (which of those blocks stand between tenant code and
 * the host, and what each exposes) and the escapes (which boundary broke, when, how badly). The
 * explorer, the system pages' isolation records and /data/escapes.json all read this one model.
 * A stack block or escape the interfaces data does not account for fails the build, naming the
 * file, the entry and the key.
 */
import type { Escape } from '../../schemas/escape';
import type { ExposedInterface, InterfaceSize, InterfaceSystem } from '../../schemas/interfaces';
import type { StackSystem } from '../../schemas/stack';
import type { Technology } from '../../schemas/technology';
import { ESCAPE_IMPACTS, type EscapeImpact, type EscapeLayer, type StackLayer } from '../../lib/vocabulary';

/** One layer of a system, ready to draw: the stack block it is, and what it exposes upward. */
export interface IsoLayer {
  /** `<stack>/<block>`, unique within the system. */
  key: string;
  stack: string;
  block: string;
  stackLayer: StackLayer;
  /** The block's label and detail, as the stack data writes them. */
  label: string;
  detail: string;
  boundaries: EscapeLayer[];
  interfaces: ExposedInterface[];
  /** Ids of the escapes drawn on this layer, oldest first. */
  escapes: string[];
}

/** One system's wall: its layers from the tenant down to the hardware. */
export interface IsoSystem {
  id: string;
  name: string;
  page?: string;
  stackLabel: string;
  tenant: string;
  layers: IsoLayer[];
}

/** The whole model: systems in data order, escapes oldest first. */
export interface IsolationModel {
  systems: IsoSystem[];
  escapes: Escape[];
}

/** What the model is built from (a subset of the atlas). */
export interface IsolationInput {
  interfaces: readonly InterfaceSystem[];
  stack: readonly StackSystem[];
  escapes: readonly Escape[];
  technologies: readonly Pick<Technology, 'id' | 'name' | 'page'>[];
}

const FILE = 'content/data/interfaces.yaml';

/** Joins interfaces, stack and escapes; throws one Error listing every broken reference. */
export function buildIsolationModel(input: IsolationInput): IsolationModel {
  const problems: string[] = [];
  const stacks = new Map(input.stack.map((s) => [s.id, s]));
  const techs = new Map(input.technologies.map((t) => [t.id, t]));
  const escapes = [...input.escapes].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const systems = input.interfaces.map((s): IsoSystem => {
    const own = stacks.get(s.stack);
    if (!own) problems.push(`${FILE}: ${s.system}: stack: unknown stack id "${s.stack}"`);
    const layers = s.layers.flatMap((l, i): IsoLayer[] => {
      const stackId = l.stack ?? s.stack;
      const block = stacks.get(stackId)?.blocks.find((b) => b.key === l.block);
      if (!stacks.has(stackId))
        problems.push(`${FILE}: ${s.system}: layers[${i}].stack: unknown stack id "${stackId}"`);
      else if (!block)
        problems.push(
          `${FILE}: ${s.system}: layers[${i}].block: no block "${l.block}" in stack "${stackId}"`,
        );
      if (!block) return [];
      const mine = escapes.filter((e) => e.systems.includes(s.system) && l.escapes.includes(e.layer));
      return [
        {
          key: `${stackId}/${l.block}`,
          stack: stackId,
          block: l.block,
          stackLayer: block.layer,
          label: block.label,
          detail: block.detail,
          boundaries: l.escapes,
          interfaces: l.interfaces,
          escapes: mine.map((e) => e.id),
        },
      ];
    });
    return {
      id: s.system,
      name: techs.get(s.system)?.name ?? s.system,
      page: techs.get(s.system)?.page,
      stackLabel: own?.label ?? s.stack,
      tenant: s.tenant,
      layers,
    };
  });
  const bySystem = new Map(systems.map((s) => [s.id, s]));
  for (const e of escapes) {
    for (const sys of e.systems) {
      const view = bySystem.get(sys);
      if (!view)
        problems.push(`content/data/escapes.yaml: ${e.id}: systems: "${sys}" has no entry in ${FILE}`);
      else if (!view.layers.some((l) => l.boundaries.includes(e.layer)))
        problems.push(`${FILE}: ${sys}: no layer lists the boundary "${e.layer}" that escape ${e.id} broke`);
    }
  }
  if (problems.length)
    throw new Error(`The isolation data does not fit together:\n  ${problems.join('\n  ')}`);
  return { systems, escapes };
}

/**
 * The short label of an escape's mark: its well-known name if short, else its advisory id; the
 * XSA number on Xen's wall, where readers know it, the CVE id elsewhere.
 */
export function escapeLabel(e: Pick<Escape, 'id' | 'name' | 'cve' | 'xsa'>, system?: string): string {
  const name = e.name && e.name.length <= 18 ? e.name : e.name?.split(' (')[0];
  if (name && name.length <= 18) return name;
  const ids = system === 'xen' || !e.cve ? [e.xsa, e.cve] : [e.cve, e.xsa];
  return ids.find(Boolean) ?? e.id.toUpperCase();
}

/**
 * How a mark names its escape to a screen reader: the label it shows comes first (a spoken name
 * must contain the visible one, WCAG 2.5.3), then the advisory ids and any longer name.
 * `VENOM: CVE-2015-3456 / XSA-133`, `CVE-2016-9777`, `CVE-2015-5154 / XSA-138`.
 */
export function markName(e: Pick<Escape, 'id' | 'name' | 'cve' | 'xsa'>, system?: string): string {
  const shown = escapeLabel(e, system);
  const ids = advisoryIds(e);
  const longer = e.name && e.name !== shown ? `, ${e.name}` : '';
  return (ids.split(' / ').includes(shown) ? ids : `${shown}: ${ids}`) + longer;
}

/** The escape's advisory ids, as printed: `CVE-2015-3456 / XSA-133`. */
export function advisoryIds(e: Pick<Escape, 'id' | 'cve' | 'xsa'>): string {
  return [e.cve, e.xsa].filter(Boolean).join(' / ') || e.id.toUpperCase();
}

/** A size in words: `42 numbered hypercalls`, `at most 68 host system calls`. */
export function formatSize(size: InterfaceSize | undefined): string {
  if (!size) return 'not counted';
  const q = size.qualifier === 'exactly' ? '' : `${size.qualifier} `;
  return `${q}${size.count} ${size.unit}`;
}

/** Ranks escapes worst first: by impact, then the most recent, then by id. */
export function rankBySeverity<E extends Pick<Escape, 'id' | 'date' | 'impact'>>(list: readonly E[]): E[] {
  const rank = (i: EscapeImpact) => ESCAPE_IMPACTS.indexOf(i);
  return [...list].sort(
    (a, b) => rank(a.impact) - rank(b.impact) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
}

/** One row of a system's record: a layer and how many of its escapes had each impact. */
export interface LayerCount {
  key: string;
  label: string;
  counts: Record<EscapeImpact, number>;
  total: number;
}

/** Counts a system's recorded escapes by layer and impact; layers with none are left out. */
export function countByLayer(
  system: IsoSystem,
  escapes: ReadonlyMap<string, Pick<Escape, 'impact'>>,
): LayerCount[] {
  return system.layers
    .map((l) => {
      const counts = Object.fromEntries(ESCAPE_IMPACTS.map((i) => [i, 0])) as Record<EscapeImpact, number>;
      for (const id of l.escapes) counts[escapes.get(id)!.impact]++;
      return { key: l.key, label: l.label, counts, total: l.escapes.length };
    })
    .filter((r) => r.total > 0);
}

/** Every escape recorded for a system, once, oldest first. */
export function escapesOf(system: IsoSystem): string[] {
  return [...new Set(system.layers.flatMap((l) => l.escapes))];
}

/**
 * The sentence every view that shows these records carries, with the sources it rests on. The
 * page that explains the explorer says more; this is the part no view may leave out.
 */
export const FRAMING = {
  text:
    'A count of advisories is not a safety ranking: how exposed a system is, how closely it is examined, ' +
    'how much it exposes to tenants and what its project counts as a vulnerability all differ from one project to another.',
  sources: [
    'meneely2025counts',
    'kerneldocs2026cve',
    'gvisor2026securitymd',
    'xenrepo2026support422',
    'qemudocs2026security',
  ],
} as const;
