/**
 * The lineage as a graph: nodes resolved against the atlas's technologies, edges checked against
 * the nodes, and the walks the diagram needs (ancestors, descendants, neighbours, what existed at a
 * date). Pure and free of zod, so the browser uses it too.
 */
import { compareDates } from '../../lib/at-date';
// Type-only: the schema modules pull in zod, which must not reach the browser bundle.
import type { LineageEdge, LineageLane, LineageNodeEntry } from '../../schemas/lineage';
import type { Technology } from '../../schemas/technology';
import type { Evidence } from '../../schemas/common';

/** A node with everything filled in: its own fields, else its technology's. */
export interface LineageNode {
  id: string;
  name: string;
  /** The name the drawing prints. */
  short: string;
  lane: LineageLane;
  date: string;
  dateNote?: string;
  /** When it ended (removed from the kernel, no longer developed), from its technology. */
  last?: string;
  technology?: string;
  /** The atlas page about it, from its technology. */
  page?: string;
  summary: string;
  sources: string[];
  evidence: Evidence[];
}

/** What the drawing and the browser need of an edge. */
export type LineageLink = Pick<LineageEdge, 'id' | 'from' | 'to' | 'kind' | 'date'>;

/**
 * Fills each node from its technology where it leaves a field out. Throws, naming the node and the
 * field, when neither gives a value (the schema makes that impossible for non-technology nodes).
 */
export function resolveNodes(
  entries: readonly LineageNodeEntry[],
  technologies: readonly Technology[],
): LineageNode[] {
  const techs = new Map(technologies.map((t) => [t.id, t]));
  return entries.map((n) => {
    const t = n.technology ? techs.get(n.technology) : undefined;
    const own = n.date !== undefined;
    const name = n.name ?? t?.name;
    const date = n.date ?? t?.dates.first;
    const sources = n.sources ?? t?.dates.sources;
    if (!name || !date || !sources)
      throw new Error(
        `content/data/lineage-nodes.yaml: node "${n.id}" has no name, date or sources of its own or from a technology`,
      );
    return {
      id: n.id,
      name,
      short: n.short ?? name,
      lane: n.lane,
      date,
      dateNote: n.dateNote ?? (own ? undefined : t?.dates.firstNote),
      last: t?.dates.last,
      technology: n.technology,
      page: t?.page,
      summary: n.summary,
      sources,
      evidence: own || n.evidence.length ? n.evidence : (t?.dates.evidence ?? []),
    };
  });
}

/** Problems with the edges as a whole: unknown ends, repeated pairs and cycles. */
export function edgeProblems(
  nodes: readonly Pick<LineageNode, 'id'>[],
  edges: readonly LineageLink[],
): string[] {
  const ids = new Set(nodes.map((n) => n.id));
  const problems: string[] = [];
  const pairs = new Set<string>();
  for (const e of edges) {
    for (const end of ['from', 'to'] as const)
      if (!ids.has(e[end]))
        problems.push(`content/data/lineage.yaml: edge "${e.id}", field ${end}: unknown node "${e[end]}"`);
    const pair = `${e.from}>${e.to}`;
    if (pairs.has(pair))
      problems.push(`content/data/lineage.yaml: edge "${e.id}" repeats ${e.from} → ${e.to}`);
    pairs.add(pair);
  }
  for (const id of ids)
    if (descendants(id, edges).has(id))
      problems.push(`content/data/lineage.yaml: the edges form a cycle through "${id}"`);
  return problems;
}

/** Every node reachable from `id` along the edges' direction (not including `id` unless in a cycle). */
export function descendants(id: string, edges: readonly LineageLink[]): Set<string> {
  return walk(id, edges, 'from', 'to');
}

/** Every node from which `id` can be reached. */
export function ancestors(id: string, edges: readonly LineageLink[]): Set<string> {
  return walk(id, edges, 'to', 'from');
}

function walk(
  id: string,
  edges: readonly LineageLink[],
  here: 'from' | 'to',
  there: 'from' | 'to',
): Set<string> {
  const seen = new Set<string>();
  const todo = [id];
  while (todo.length) {
    const cur = todo.pop()!;
    for (const e of edges)
      if (e[here] === cur && !seen.has(e[there])) {
        seen.add(e[there]);
        todo.push(e[there]);
      }
  }
  return seen;
}

/**
 * The nodes one step away, earliest first (ties keep the data's order): `next` along outgoing edges,
 * `prev` along incoming ones. Arrow keys walk these lists.
 */
export function neighbours(
  id: string,
  edges: readonly LineageLink[],
  dateOf: (node: string) => string,
): { next: string[]; prev: string[] } {
  const order = (list: string[]) =>
    [...new Set(list)]
      .map((n, i) => [n, i] as const)
      .sort((a, b) => compareDates(dateOf(a[0]), dateOf(b[0])) || a[1] - b[1])
      .map(([n]) => n);
  return {
    next: order(edges.filter((e) => e.from === id).map((e) => e.to)),
    prev: order(edges.filter((e) => e.to === id).map((e) => e.from)),
  };
}

/** Whether something dated `date` existed at `at` (a partial date stands for its first day). */
export function existsAt(date: string, at: string): boolean {
  return compareDates(date, at) <= 0;
}

/**
 * The date from which an edge can be drawn: its own date, or the later of its two nodes' dates if
 * one of them came later (an edge dated by the work that led to a release shows with the release).
 */
export function edgeShownFrom(edge: LineageLink, dateOf: (node: string) => string): string {
  return [edge.date, dateOf(edge.from), dateOf(edge.to)].reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
}

/**
 * A node's spoken name: its drawn short label first, so that the accessible name contains the
 * visible one (WCAG 2.5.3), then the full name without a repeat of the short one in brackets.
 * `KVM`, `cgroups: Control groups`, `VT-x / AMD-V: Intel VT-x and AMD-V`.
 */
export function spokenName(n: Pick<LineageNode, 'name' | 'short'>): string {
  if (n.short === n.name) return n.name;
  const full = n.name.replace(` (${n.short})`, '');
  return full === n.short ? n.short : `${n.short}: ${full}`;
}
