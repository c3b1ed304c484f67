import { describe, expect, it } from 'vitest';
import { layoutPath, MARKER_R, viaLines } from '../../src/diagrams/path/layout';
import { ASCENT, DESCENT, LANE_FONT, VIA_FONT, wrapTwoLines } from '../../src/diagrams/path/text-fit';
import { PathVariantSchema } from '../../src/schemas/path';
import { layoutPvops } from '../../src/diagrams/pvops/layout';
import { layoutRings, layoutRingsAll, ringKeys } from '../../src/diagrams/rings/layout';
import { wrapLabel } from '../../src/diagrams/shared/text';
import { textWidth } from '../../src/diagrams/shared/measure';
import { layoutStack, layoutStacks, unionKeys } from '../../src/diagrams/stack/layout';
import { RingConfigSchema } from '../../src/schemas/rings';
import { StackSystemSchema } from '../../src/schemas/stack';
import { pvGroups, rings, scenario, stacks } from './diagram-fixtures';

describe('layoutStack', () => {
  const hv = layoutStack(stacks[0]!);
  const byKey = new Map(hv.blocks.map((b) => [b.key, b]));

  it('places the hypervisor below every guest and the hardware at the bottom', () => {
    expect(byKey.get('kernel')!.y).toBeGreaterThan(byKey.get('gk')!.y);
    expect(byKey.get('hw')!.y).toBeGreaterThan(byKey.get('kernel')!.y);
    // One unit of room below, so that the outermost stroke is not cut off.
    expect(byKey.get('hw')!.y + byKey.get('hw')!.height).toBeCloseTo(hv.height - 1, 0);
  });

  it('spans full-width layers across all four columns, right of the layer names', () => {
    const hw = byKey.get('hw')!;
    expect(hw.x).toBe(131);
    expect(hw.x + hw.width).toBeCloseTo(hv.width - 1, 0);
    expect(byKey.get('gk')!.width).toBeLessThan(hw.width / 3);
  });

  it('wraps a long label onto as many lines as it needs, and grows the row to hold them', () => {
    const ct = layoutStack(stacks[1]!, 'narrow');
    const gu = ct.blocks.find((b) => b.key === 'gu')!;
    expect(gu.lines.map((l) => l.text).join(' ')).toBe('Container with a fairly long label that wraps');
    expect(gu.lines.length).toBeGreaterThan(1);
    expect(gu.height).toBeGreaterThanOrEqual(gu.lines.length * 12 * 1.2);
    for (const l of gu.lines) expect(textWidth(l.text, 12)).toBeLessThanOrEqual(gu.width - 2 * l.x);
    expect(gu.lines.at(-1)!.y).toBeLessThan(gu.height);
  });

  it('gives every system the same row heights, so that drawings line up side by side', () => {
    const both = layoutStacks(stacks, 'narrow');
    expect(both.get('hv')!.rows).toEqual(both.get('ct')!.rows);
    expect(both.get('hv')!.height).toBe(both.get('ct')!.height);
  });

  it('writes layer names above their rows in the narrow drawing, beside them in the wide one', () => {
    const narrow = layoutStack(stacks[0]!, 'narrow');
    const row = narrow.rows.find((r) => r.layer === 'hypervisor')!;
    expect(row.label[0]!.y).toBeLessThan(row.blockY);
    expect(narrow.blocks.find((b) => b.key === 'kernel')!.x).toBe(1);
    const wide = hv.rows.find((r) => r.layer === 'privileged')!;
    expect(wide.label.map((l) => l.text)).toEqual(['Privileged domain', 'or host user space']);
  });

  it('lists every block key once, in first-seen order', () => {
    expect(unionKeys(stacks)).toEqual(['gk', 'kernel', 'hw', 'gu']);
  });

  it('rejects a block that runs past the last column, an unknown layer, or a system compared with itself', () => {
    const bad = {
      ...stacks[0]!,
      blocks: [{ ...stacks[0]!.blocks[0]!, col: 3, span: 2 }, stacks[0]!.blocks[1]!],
    };
    expect(StackSystemSchema.safeParse(bad).error?.issues[0]?.message).toBe('runs past column 3');
    const badLayer = {
      ...stacks[0]!,
      blocks: [{ ...stacks[0]!.blocks[0]!, layer: 'firmware' }, stacks[0]!.blocks[1]!],
    };
    expect(StackSystemSchema.safeParse(badLayer).success).toBe(false);
    expect(StackSystemSchema.safeParse({ ...stacks[0]!, compareWith: 'hv' }).error?.issues[0]?.message).toBe(
      'names the system itself',
    );
  });
});

describe('layoutPath', () => {
  const l = layoutPath(scenario.variants[0]!);
  /** A variant with a long label, a long via label and a steep jump across three lanes. */
  const steep = PathVariantSchema.parse({
    id: 'steep',
    label: 'Steep',
    technology: 'kvm',
    lanes: [
      { id: 'app', label: 'Guest application (non-root ring 3)' },
      { id: 'a', label: 'Lane A' },
      { id: 'b', label: 'Lane B' },
      { id: 'hw', label: 'Physical disk' },
    ],
    steps: [
      { lane: 'app', text: 'The guest starts a write.', sources: ['k'] },
      { lane: 'hw', via: 'shared-memory', text: 'The write reaches the disk.', sources: ['k'] },
      { lane: 'hw', via: 'dma', text: 'The disk finishes the write.', sources: ['k'] },
      { lane: 'app', via: 'event-channel', text: 'The guest hears of it.', sources: ['k'] },
    ],
  });
  const sl = layoutPath(steep);

  it('puts each step on its lane, left to right', () => {
    const laneY = new Map(l.lanes.map((lane) => [lane.id, lane.y + lane.height / 2]));
    l.steps.forEach((s) => expect(s.y).toBeCloseTo(laneY.get(s.lane)!, 0));
    expect(l.steps.map((s) => s.x)).toEqual([...l.steps.map((s) => s.x)].sort((a, b) => a - b));
  });

  it('draws a segment into every step but the first, labelled with its transition', () => {
    expect(l.steps[0]!.segment).toBe('');
    expect(l.steps[1]!.segment).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(l.steps.map((s) => s.via)).toEqual([undefined, 'hypercall', 'event-channel']);
  });

  it('wraps a long lane label into two lines that stay inside the lane, left of the first marker', () => {
    const app = sl.lanes.find((lane) => lane.id === 'app')!;
    expect(app.lines.map((line) => line.text)).toEqual(['Guest application', '(non-root ring 3)']);
    for (const line of app.lines) {
      expect(line.y - ASCENT * LANE_FONT).toBeGreaterThanOrEqual(app.y);
      expect(line.y + DESCENT * LANE_FONT).toBeLessThanOrEqual(app.y + app.height);
      expect(8 + textWidth(line.text, LANE_FONT)).toBeLessThanOrEqual(sl.labelWidth);
    }
    expect(sl.steps[0]!.x - MARKER_R).toBeGreaterThan(sl.labelWidth);
  });

  it('keeps every via label clear of its segment, of the markers and of the drawing edges', () => {
    for (const s of sl.steps.filter((step) => step.via)) {
      const prev = sl.steps[s.index - 1]!;
      const box = s.viaBox!;
      expect(box.x).toBeGreaterThan(prev.x + MARKER_R);
      expect(box.x + box.width).toBeLessThan(s.x - MARKER_R);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(sl.height);
      // The straight segment, sampled, never enters the box.
      for (let t = 0; t <= 1; t += 0.01) {
        const x = prev.x + t * (s.x - prev.x);
        const y = prev.y + t * (s.y - prev.y);
        const inside = x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
        expect(inside, `${s.via} at t=${t.toFixed(2)}`).toBe(false);
      }
    }
  });

  it('breaks a long via label after its hyphen, and widens the column gap to hold it', () => {
    expect(viaLines('shared-memory')).toEqual(['shared-', 'memory']);
    expect(viaLines('vm-exit')).toEqual(['vm-exit']);
    expect(sl.steps[1]!.viaLines.map((line) => line.text)).toEqual(['shared-', 'memory']);
    const gap = sl.steps[1]!.x - sl.steps[0]!.x;
    expect(gap).toBeGreaterThan(textWidth('shared-', VIA_FONT, true) + 2 * MARKER_R);
    // Never narrower than its labels need, however small the minimum asked for.
    expect(layoutPath(steep, { minWidth: 200 }).width).toBeGreaterThan(200);
    expect(l.width).toBe(620);
  });

  it('fails, naming the label, when a lane label needs more than two lines', () => {
    const long = {
      ...steep,
      lanes: steep.lanes.map((x, i) => (i ? x : { ...x, label: 'A very long label '.repeat(4) })),
    };
    expect(() => layoutPath(long)).toThrow(/Label "A very long label/);
  });

  it('fails validation when a step names an unknown lane', async () => {
    const { PathScenarioSchema } = await import('../../src/schemas/path');
    const bad = structuredClone(scenario);
    bad.variants[0]!.steps[1]!.lane = 'nowhere';
    const issue = PathScenarioSchema.safeParse(bad).error!.issues[0]!;
    expect(issue.message).toMatch(/unknown lane "nowhere"/);
    expect(issue.path).toEqual(['variants', 0, 'steps', 1, 'lane']);
  });
});

describe('path label widths', () => {
  it('estimates wide letters wider than narrow ones, and bold wider than regular', () => {
    expect(textWidth('mmmm', 10)).toBeGreaterThan(textWidth('iiii', 10) * 2);
    expect(textWidth('vm-exit', 10.5, true)).toBeGreaterThan(textWidth('vm-exit', 10.5));
  });

  it('keeps a label that fits on one line, and splits a longer one at its most balanced break', () => {
    expect(wrapTwoLines('Host kernel', 120, LANE_FONT)).toEqual(['Host kernel']);
    expect(wrapTwoLines('Firecracker process + KVM', 120, LANE_FONT)).toEqual([
      'Firecracker',
      'process + KVM',
    ]);
  });
});

describe('layoutRings', () => {
  it('draws ring 3 above ring 0 and shares a cell between two components', () => {
    const l = layoutRings(rings[0]!);
    const y = new Map(l.rings.map((r) => [r.ring, r.y]));
    expect(y.get(3)!).toBeLessThan(y.get(0)!);
    const apps = l.chips.filter((c) => c.ring === 3);
    expect(apps).toHaveLength(2);
    expect(apps[0]!.x + apps[0]!.width).toBeLessThan(apps[1]!.x);
    expect(apps[0]!.y).toBe(apps[1]!.y);
  });

  it('puts guest-mode components in the non-root column', () => {
    const l = layoutRings(rings[1]!);
    const guestCol = l.columns.find((c) => c.mode === 'guest')!;
    const gk = l.chips.find((c) => c.key === 'gk')!;
    expect(gk.x).toBeGreaterThanOrEqual(guestCol.x);
    expect(ringKeys(rings)).toEqual(['hv', 'gk', 'apps', 'apps2']);
  });

  it('puts chips on lines of their own when their labels would not fit side by side', () => {
    const crowded = RingConfigSchema.parse({
      ...rings[0]!,
      placements: ['dom0 kernel', 'dom0 user space (toolstack)', 'domU kernel', 'domU applications'].map(
        (label, i) => ({
          key: `k${i}`,
          label,
          mode: 'host',
          ring: 3,
          detail: 'A component in ring 3.',
          sources: ['k'],
        }),
      ),
    });
    for (const variant of ['wide', 'narrow'] as const) {
      const l = layoutRings(crowded, variant);
      const ring3 = l.rings.find((r) => r.ring === 3)!;
      for (const c of l.chips) {
        for (const line of c.lines)
          expect(textWidth(line.text, 12)).toBeLessThanOrEqual(c.width - 2 * line.x);
        expect(c.y).toBeGreaterThanOrEqual(ring3.y);
        expect(c.y + c.height).toBeLessThanOrEqual(ring3.y + ring3.height);
      }
      expect(new Set(l.chips.map((c) => c.y)).size).toBeGreaterThan(1);
    }
  });

  it('sizes the rows for every configuration at once, and draws a line between rings only', () => {
    const all = layoutRingsAll(rings, 'narrow');
    expect(all.get('pv32')!.rings).toEqual(all.get('vtx')!.rings);
    expect(all.get('pv32')!.rings.map((r) => r.line === undefined)).toEqual([false, false, false, true]);
  });

  it('heads an unused guest column with words that say so', () => {
    const l = layoutRings(rings[0]!);
    expect(l.columns.map((c) => c.label.map((x) => x.text).join(' '))).toEqual([
      'No hardware assist: one set of rings',
      'Guest mode: unused',
    ]);
  });
});

describe('layoutPvops', () => {
  const l = layoutPvops(pvGroups);

  it('stacks one row per operation inside its group bracket', () => {
    expect(l.rows.map((r) => r.name)).toEqual(['irq_disable', 'write_cr3', 'set_pte']);
    const mmu = l.groups.find((g) => g.id === 'mmu')!;
    for (const r of l.rows.filter((r) => r.groupId === 'mmu')) {
      expect(r.y).toBeGreaterThan(mmu.y);
      expect(r.y).toBeLessThan(mmu.y + mmu.height);
    }
    expect(l.whole.y + l.whole.height).toBeGreaterThanOrEqual(mmu.y + mmu.height);
  });

  it('records which backends bind each operation', () => {
    expect(l.rows[0]!.bound).toMatchObject({
      native: 'native_irq_disable',
      xen: 'xen_irq_disable',
      kvm: undefined,
    });
  });
});

describe('wrapLabel', () => {
  it('breaks at word boundaries within the width', () => {
    expect(wrapLabel('Linux kernel with OpenVZ patches', 100)).toEqual([
      'Linux kernel',
      'with OpenVZ',
      'patches',
    ]);
  });
});

describe('schema duplicate checks', () => {
  it('names a repeated block key, ring key or path variant', async () => {
    const { PathScenarioSchema } = await import('../../src/schemas/path');
    const { RingConfigSchema } = await import('../../src/schemas/rings');
    const stack = { ...stacks[0]!, blocks: [stacks[0]!.blocks[0]!, stacks[0]!.blocks[0]!] };
    expect(StackSystemSchema.safeParse(stack).error?.issues[0]?.message).toBe('duplicate block key "gk"');
    const ring = { ...rings[0]!, placements: [rings[0]!.placements[0]!, rings[0]!.placements[0]!] };
    expect(RingConfigSchema.safeParse(ring).error?.issues[0]?.message).toBe('duplicate key "hv"');
    const path = { ...scenario, variants: [scenario.variants[0]!, scenario.variants[0]!] };
    expect(PathScenarioSchema.safeParse(path).error?.issues[0]?.message).toBe('duplicate variant "pv"');
  });
});
