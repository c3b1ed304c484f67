import { describe, expect, it } from 'vitest';
import { layoutPath } from '../../src/diagrams/path/layout';
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

  it('puts each step on its lane, left to right', () => {
    const laneY = new Map(l.lanes.map((lane) => [lane.id, lane.y + lane.height / 2]));
    l.steps.forEach((s) => expect(s.y).toBeCloseTo(laneY.get(s.lane)!, 0));
    expect(l.steps.map((s) => s.x)).toEqual([...l.steps.map((s) => s.x)].sort((a, b) => a - b));
  });

  it('draws a segment into every step but the first, labelled with its transition', () => {
    expect(l.steps[0]!.segment).toBe('');
    expect(l.steps[1]!.segment).toMatch(/^M/);
    expect(l.steps.map((s) => s.via)).toEqual([undefined, 'hypercall', 'event-channel']);
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
