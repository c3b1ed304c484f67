import { linkHorizontal } from 'd3-shape';
import { PvBackends, type PvGroup } from '../../schemas/pvops';

/** One operation row: where its name sits and, per backend, the function it is bound to. */
export interface PvRow {
  groupId: string;
  opId: string;
  name: string;
  y: number;
  /** Backend id → bound function name, or undefined where the backend leaves the default. */
  bound: Record<string, string | undefined>;
  link: string;
}

/** The geometry of the paravirt_ops explorer. */
export interface PvopsLayout {
  width: number;
  height: number;
  opX: number;
  fnX: number;
  groups: { id: string; name: string; since: string; y: number; height: number }[];
  /** The single bracket shown for the 2.6.20 `struct paravirt_ops`. */
  whole: { y: number; height: number };
  rows: PvRow[];
}

/** Stacks the groups' operations as rows, with a link from each operation to its binding column. */
export function layoutPvops(
  groups: readonly PvGroup[],
  options: { width?: number; rowHeight?: number; groupGap?: number } = {},
): PvopsLayout {
  const { width = 620, rowHeight = 26, groupGap = 12 } = options;
  const opX = 128;
  const fnX = 380;
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  let y = 8;
  const rows: PvRow[] = [];
  const placed = groups.map((g) => {
    const top = y;
    for (const op of g.ops) {
      const cy = y + rowHeight / 2;
      const bound = Object.fromEntries(
        PvBackends.map((b) => [b, op.bindings.find((x) => x.backend === b)?.fn]),
      );
      rows.push({
        groupId: g.id,
        opId: op.id,
        name: op.name,
        y: cy,
        bound,
        link: link({ source: [opX + 150, cy], target: [fnX - 8, cy] }) ?? '',
      });
      y += rowHeight;
    }
    const out = { id: g.id, name: g.name, since: g.since, y: top, height: y - top };
    y += groupGap;
    return out;
  });
  const height = y - groupGap + 8;
  return { width, height, opX, fnX, groups: placed, whole: { y: 8, height: height - 16 }, rows };
}
