import { describe, expect, it } from 'vitest';
import {
  bestSeries,
  formatRatio,
  formatValue,
  layoutBenchmark,
  metricUnit,
  relativeAvailable,
  relativeValue,
} from '../../src/diagrams/benchmarks/layout';
import { BenchmarkSchema, type Benchmark } from '../../src/schemas/benchmarks';

/** Two rows, three series; throughput, so higher is better. Made-up numbers for geometry only. */
const throughput: Benchmark = BenchmarkSchema.parse({
  id: 'net',
  title: 'Fixture throughput',
  locator: 'Table 9',
  workload: 'a made-up workload',
  hardware: 'a made-up machine',
  year: 2003,
  metric: 'Bandwidth (Mb/s)',
  higherIsBetter: true,
  approximate: false,
  series: [
    { id: 'base', label: 'Baseline' },
    { id: 'fast', label: 'Fast one' },
    { id: 'slow', label: 'A slow configuration with a long label' },
  ],
  rows: [
    { label: 'Send', values: { base: 800, fast: 800, slow: 200 } },
    { label: 'Receive', values: { base: 400, fast: 300 } },
  ],
  sources: ['fixture2003'],
});

/** Run times: lower is better. */
const times: Benchmark = { ...throughput, id: 'time', metric: 'Run time (seconds)', higherIsBetter: false };

describe('layoutBenchmark', () => {
  const l = layoutBenchmark(throughput, 'absolute');
  const bars = l.groups.flatMap((g) => g.bars);
  const bar = (key: string) => bars.find((b) => b.key === key)!;

  it('starts every bar at zero on the left of the plot and scales its length linearly', () => {
    bars.forEach((b) => expect(b.x).toBe(l.plot.left));
    expect(bar('0-slow').width * 4).toBeCloseTo(bar('0-base').width, 0);
    expect(bar('1-base').width * 2).toBeCloseTo(bar('0-base').width, 0);
  });

  it('uses a nice domain from zero that holds the largest value', () => {
    expect(l.ticks[0]).toEqual({ x: l.plot.left, label: '0' });
    const last = l.ticks.at(-1)!;
    expect(Number(last.label.replace(/,/g, ''))).toBeGreaterThanOrEqual(800);
    expect(last.x).toBeLessThanOrEqual(l.plot.right);
    expect(bar('0-base').x + bar('0-base').width).toBeLessThanOrEqual(l.plot.right);
  });

  it('computes evenly spaced ticks inside the plot', () => {
    const xs = l.ticks.map((t) => t.x);
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    gaps.forEach((g) => expect(g).toBeCloseTo(gaps[0]!, 0));
    expect(l.ticks.length).toBeGreaterThanOrEqual(3);
  });

  it('stacks groups top to bottom and keeps series in the same order inside each group', () => {
    expect(l.groups[1]!.y).toBeGreaterThan(l.groups[0]!.y);
    const first = l.groups[0]!.bars.map((b) => b.y);
    expect(first).toEqual([...first].sort((a, b) => a - b));
    expect(bar('1-fast').y - l.groups[1]!.y).toBeCloseTo(bar('0-fast').y - l.groups[0]!.y, 5);
    expect(l.height).toBeGreaterThan(bar('1-fast').y + bar('1-fast').height);
  });

  it('leaves a gap rather than a zero bar where a series was not measured', () => {
    expect(l.groups[1]!.bars.map((b) => b.series)).toEqual(['base', 'fast']);
  });

  it('wraps long series labels into at most two lines', () => {
    expect(bar('0-slow').lines.length).toBe(2);
    expect(bar('0-base').lines).toEqual(['Baseline']);
  });

  it('marks the highest value best when higher is better, keeping ties', () => {
    expect(bestSeries(throughput, 0)).toEqual(['base', 'fast']);
    expect(bar('0-slow').best).toBe(false);
    expect(l.axisLabel).toBe('Bandwidth (Mb/s), higher is better');
  });

  it('marks the lowest value best when lower is better, and says so on the axis', () => {
    const lt = layoutBenchmark(times, 'absolute');
    expect(bestSeries(times, 0)).toEqual(['slow']);
    expect(bestSeries(times, 1)).toEqual(['fast']);
    expect(lt.groups[0]!.bars.find((b) => b.series === 'slow')!.best).toBe(true);
    expect(lt.axisLabel).toMatch(/lower is better$/);
  });
});

describe('the relative scale', () => {
  it('divides each value by the first series of its row', () => {
    expect(relativeAvailable(throughput)).toBe(true);
    expect(relativeValue(throughput, 0, 'slow')).toBe(0.25);
    expect(relativeValue(throughput, 1, 'fast')).toBe(0.75);
    expect(relativeValue(throughput, 1, 'slow')).toBeUndefined();
  });

  it('keeps 1× in the domain and draws the baseline reference there', () => {
    const l = layoutBenchmark(throughput, 'relative');
    const base = l.groups[0]!.bars[0]!;
    expect(l.reference!.x).toBeCloseTo(base.x + base.width, 0);
    expect(l.ticks.map((t) => t.label)).toContain('1×');
    expect(base.text).toBe('1.00×');
    expect(l.axisLabel).toMatch(/relative to Baseline/);
  });

  it('grows the domain past 1× for slowdowns when lower is better', () => {
    const slow: Benchmark = {
      ...times,
      rows: [{ label: 'Fork', values: { base: 6, fast: 36.9, slow: 106.4 } }],
    };
    const l = layoutBenchmark(slow, 'relative');
    const widest = Math.max(...l.groups[0]!.bars.map((b) => b.width));
    expect(l.groups[0]!.bars.find((b) => b.series === 'slow')!.width).toBe(widest);
    expect(Number(l.ticks.at(-1)!.label.replace('×', ''))).toBeGreaterThanOrEqual(17);
    expect(bestSeries(slow, 0)).toEqual(['base']);
  });

  it('falls back to published values when a row has no baseline', () => {
    const noBase: Benchmark = { ...throughput, rows: [{ label: 'Only two', values: { fast: 5, slow: 2 } }] };
    expect(relativeAvailable(noBase)).toBe(false);
    const l = layoutBenchmark(noBase, 'relative');
    expect(l.reference).toBeUndefined();
    expect(l.groups[0]!.bars[0]!.text).toBe('5');
  });
});

describe('formatting', () => {
  it('prints published values without invented decimals and ratios to two places', () => {
    expect(formatValue(12733)).toBe('12,733');
    expect(formatValue(61.1)).toBe('61.1');
    expect(formatRatio(0.3244)).toBe('0.32×');
  });

  it('takes the unit from the metric', () => {
    expect(metricUnit('Bandwidth (Mb/s)')).toBe('Mb/s');
    expect(metricUnit('Cycles')).toBe('cycles');
  });
});
