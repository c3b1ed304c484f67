import { scaleBand, scaleLinear } from 'd3-scale';
import type { Benchmark } from '../../schemas/benchmarks';
import { wrapLabel } from '../shared/text';

/** Which numbers a chart shows: the published values, or each value divided by the baseline's. */
export type BenchScale = 'absolute' | 'relative';

/** One bar, ready to draw. `key` (row index and series id) ties it to its table cell. */
export interface PlacedBar {
  key: string;
  row: number;
  series: string;
  seriesIndex: number;
  /** The number the bar stands for in this scale (a published value, or a ratio). */
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value as printed at the end of the bar. */
  text: string;
  /** The series label, wrapped to fit the label column. */
  lines: string[];
  /** Whether this is the best value of its row (the highest, or the lowest when lower is better). */
  best: boolean;
}

/** A whole chart: bars grouped by row, axis ticks and, in the relative scale, the baseline line. */
export interface BenchLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  groups: { label: string; y: number; bars: PlacedBar[] }[];
  ticks: { x: number; label: string }[];
  axisLabel: string;
  /** The axis label wrapped to the chart's width. */
  axisLines: string[];
  reference?: { x: number; label: string };
}

/** Drawing options; the defaults suit a 360-unit-wide viewBox that stays legible on a phone. */
export interface BenchLayoutOptions {
  width?: number;
  labelWidth?: number;
  valueRoom?: number;
  step?: number;
  header?: number;
  gap?: number;
}

/** Whether every row has a positive baseline (first-series) value, so ratios can be taken. */
export function relativeAvailable(b: Benchmark): boolean {
  const base = b.series[0]!.id;
  return b.rows.every((r) => (r.values[base] ?? 0) > 0);
}

/** A value divided by its row's baseline value; undefined when either is missing. */
export function relativeValue(b: Benchmark, row: number, series: string): number | undefined {
  const r = b.rows[row]!;
  const v = r.values[series];
  const base = r.values[b.series[0]!.id];
  return v === undefined || !base ? undefined : v / base;
}

/** The ids of the best series in a row: highest value, or lowest when lower is better (ties kept). */
export function bestSeries(b: Benchmark, row: number): string[] {
  const entries = Object.entries(b.rows[row]!.values);
  if (!entries.length) return [];
  const pick = b.higherIsBetter ? Math.max : Math.min;
  const target = pick(...entries.map(([, v]) => v));
  return entries.filter(([, v]) => v === target).map(([k]) => k);
}

/** A published value as printed: thousands separated, no invented decimals. */
export function formatValue(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A ratio to the baseline, to two decimals. */
export function formatRatio(r: number): string {
  return `${r.toFixed(2)}×`;
}

/** The unit of a metric: the text in its parentheses, or the whole metric in lower case. */
export function metricUnit(metric: string): string {
  return /\(([^)]+)\)/.exec(metric)?.[1] ?? metric.toLowerCase();
}

/** Lays out one result set as horizontal grouped bars: one group per row, one bar per series. */
export function layoutBenchmark(
  b: Benchmark,
  scale: BenchScale,
  options: BenchLayoutOptions = {},
): BenchLayout {
  const { width = 360, labelWidth = 112, valueRoom = 46, step = 26, header = 20, gap = 12 } = options;
  const relative = scale === 'relative' && relativeAvailable(b);
  const ids = b.series.map((s) => s.id);
  const valueOf = (row: number, id: string) =>
    relative ? relativeValue(b, row, id) : b.rows[row]!.values[id];
  const all = b.rows.flatMap((_, i) =>
    ids.map((id) => valueOf(i, id)).filter((v): v is number => v !== undefined),
  );
  const plot = { left: labelWidth + 6, right: width - valueRoom, top: 4, bottom: 0 };
  const x = scaleLinear()
    .domain([0, Math.max(relative ? 1 : 0, ...all) || 1])
    .nice(4)
    .range([plot.left, plot.right]);
  const slot = scaleBand<string>()
    .domain(ids)
    .range([0, ids.length * step])
    .paddingInner(0.4)
    .paddingOuter(0.2);
  const groupHeight = header + ids.length * step;
  const groups = b.rows.map((r, i) => {
    const y = plot.top + i * (groupHeight + gap);
    const best = new Set(bestSeries(b, i));
    const bars = ids.flatMap((id, si): PlacedBar[] => {
      const v = valueOf(i, id);
      if (v === undefined) return [];
      return [
        {
          key: `${i}-${id}`,
          row: i,
          series: id,
          seriesIndex: si,
          value: v,
          x: plot.left,
          y: round(y + header + slot(id)!),
          width: round(x(v) - plot.left),
          height: round(slot.bandwidth()),
          text: relative ? formatRatio(v) : formatValue(v),
          lines: wrapLabel(b.series[si]!.label, labelWidth, 5.6).slice(0, 2),
          best: best.has(id),
        },
      ];
    });
    return { label: r.label, y, bars };
  });
  plot.bottom = plot.top + b.rows.length * (groupHeight + gap) - gap + 6;
  const format = relative ? (t: number) => `${t}×` : x.tickFormat(4);
  const ticks = x.ticks(4).map((t) => ({ x: round(x(t)), label: format(t) }));
  const direction = b.higherIsBetter ? 'higher is better' : 'lower is better';
  const axisLabel = relative
    ? `${b.metric} relative to ${b.series[0]!.label} (1× = same; ${direction})`
    : `${b.metric}, ${direction}`;
  const reference = relative ? { x: round(x(1)), label: b.series[0]!.label } : undefined;
  const axisLines = wrapLabel(axisLabel, width - 8, 6);
  return {
    width,
    height: plot.bottom + 26 + axisLines.length * 14,
    plot,
    groups,
    ticks,
    axisLabel,
    axisLines,
    reference,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
