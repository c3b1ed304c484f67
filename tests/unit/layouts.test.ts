import { describe, expect, it } from 'vitest';
import { layoutPath, MARKER_R, viaLines } from '../../src/diagrams/path/layout';
import {
  ASCENT,
  DESCENT,
  LANE_FONT,
  textWidth,
  VIA_FONT,
  wrapTwoLines,
} from '../../src/diagrams/path/text-fit';
import { PathVariantSchema } from '../../src/schemas/path';
import { layoutPvops } from '../../src/diagrams/pvops/layout';
import { layoutRings, ringKeys } from '../../src/diagrams/rings/layout';
import { wrapLabel } from '../../src/diagrams/shared/text';
import { layoutStack, unionKeys } from '../../src/diagrams/stack/layout';
import { StackSystemSchema } from '../../src/schemas/stack';
import { pvGroups, rings, scenario, stacks } from './diagram-fixtures';

describe('layoutStack', () => {
  const hv = layoutStack(stacks[0]!);
  const byKey = new Map(hv.blocks.map((b) => [b.key, b]));

  it('places the hypervisor below every guest and the hardware at the bottom', () => {
    expect(byKey.get('kernel')!.y).toBeGreaterThan(byKey.get('gk')!.y);
    expect(byKey.get('hw')!.y).toBeGreaterThan(byKey.get('kernel')!.y);
    expect(byKey.get('hw')!.y + byKey.get('hw')!.height).toBeCloseTo(hv.height, 0);
  });

  it('spans full-width layers across all four columns, right of the row labels', () => {
    const hw = byKey.get('hw')!;
    expect(hw.x).toBe(130);
    expect(hw.x + hw.width).toBeCloseTo(hv.width, 0);
    expect(byKey.get('gk')!.width).toBeLessThan(hw.width / 3);
  });

  it('wraps long labels into at most two lines', () => {
    const ct = layoutStack(stacks[1]!);
    expect(ct.blocks[0]!.lines.length).toBe(2);
  });

  it('keeps one key per morphing node across systems', () => {
    expect(unionKeys(stacks)).toEqual(['gk', 'kernel', 'hw', 'gu']);
  });

  it('rejects a block that runs past the last column or an unknown layer', () => {
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
