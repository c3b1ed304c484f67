import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PathSvg from '../../src/diagrams/path/PathSvg.astro';
import PvopsSvg from '../../src/diagrams/pvops/PvopsSvg.astro';
import RingsSvg from '../../src/diagrams/rings/RingsSvg.astro';
import StackSvg from '../../src/diagrams/stack/StackSvg.astro';
import TimelineSvg from '../../src/diagrams/timeline/TimelineSvg.astro';
import BenchmarkChart from '../../src/diagrams/benchmarks/BenchmarkChart.astro';
import { BenchmarkSchema } from '../../src/schemas/benchmarks';
import { EventKinds, TimelineEventSchema } from '../../src/schemas/timeline';
import { pvGroups, rings, scenario, stacks } from './diagram-fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/**
 * One element per line, indented by depth (a line of text stays with its tag), and an xmlns so
 * that the fixture opens in an image viewer: a fixture reads, and diffs, as a drawing.
 */
function prettySvg(html: string): string {
  const tokens = html.match(/<[^>]+>|[^<]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pad = '  '.repeat(Math.max(0, depth));
    const leaf =
      /^<(tspan|title|desc|rect|line)\b/.exec(t) ??
      (tokens[i + 1]?.startsWith('<') ? null : /^<(text)\b/.exec(t));
    if (leaf) {
      let line = t;
      while (i + 1 < tokens.length && tokens[i] !== `</${leaf[1]}>`) line += tokens[++i];
      out.push(pad + line);
    } else if (t.startsWith('</')) out.push('  '.repeat(Math.max(0, --depth)) + t);
    else if (t.startsWith('<')) {
      out.push(pad + t);
      if (!t.endsWith('/>')) depth++;
    } else if (t.trim()) out.push(pad + t.trim());
  }
  return `${out.join('\n').replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')}\n`;
}

/** Drops Astro's scoping classes so snapshots show only the diagram's own markup. */
const clean = (html: string) =>
  html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '').replace(/ class="astro-[\w]+"/g, '');

describe('build-time SVG', () => {
  it('renders a stack with a title, a description, a band per layer and a box per block', async () => {
    const html = clean(
      await container.renderToString(StackSvg, {
        props: { system: stacks[0], idPrefix: 't', names: new Map([['gk', 'Guest kernel, guest 1']]) },
      }),
    );
    expect(html).toContain('<title id="t-title">Architecture stack: A hypervisor</title>');
    expect(html).toContain('Guest kernel, guest 1; Hypervisor; Hardware.</desc>');
    expect(html.match(/class="va-stack-row"/g)).toHaveLength(7);
    expect(html.match(/class="va-stack-block"/g)).toHaveLength(3);
    expect(html).toContain('data-variant="wide"');
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/stack-hypervisor.wide.svg');
  });

  it('renders the narrow stack with layer names above their rows', async () => {
    const html = clean(
      await container.renderToString(StackSvg, {
        props: { system: stacks[1], idPrefix: 'n', variant: 'narrow' },
      }),
    );
    expect(html).toContain('viewBox="0 0 360 ');
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/stack-containers.narrow.svg');
  });

  it('renders a request path with numbered markers, labelled segments and wrapped lane labels', async () => {
    const html = clean(
      await container.renderToString(PathSvg, {
        props: { variant: scenario.variants[0], scenarioLabel: 'A disk write', idPrefix: 'p' },
      }),
    );
    expect(html).toContain('<title id="p-t">A disk write: PV</title>');
    expect(html).toMatch(/<svg viewBox="0 0 620 \d+"[^>]*style="min-width: 496px"/);
    expect(html.match(/class="va-path-step"/g)).toHaveLength(3);
    expect(html.match(/class="va-path-seg"/g)).toHaveLength(2);
    expect(html).toMatch(
      /<text text-anchor="middle"><tspan x="[\d.]+" y="[\d.]+">hypercall<\/tspan><\/text>/,
    );
    expect(html).toContain('>event-</tspan><tspan');
    // Lane labels are set line by line, each tspan at its own baseline.
    expect(html).toMatch(/<text><tspan x="8" y="[\d.]+">Guest kernel<\/tspan><\/text>/);
    // The whole drawing, one element per line, kept readable beside the test.
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/path-pv.svg');
  });

  it('renders the rings with both modes, a line between rings and every chip', async () => {
    const html = clean(
      await container.renderToString(RingsSvg, { props: { config: rings[0], idPrefix: 'r' } }),
    );
    expect(html).toContain('No hardware assist: one set of rings');
    expect(html).toContain('Guest mode: unused');
    expect(html).toContain('Hypervisor: No hardware assist, ring 0;');
    expect(html.match(/class="va-ring-chip"/g)).toHaveLength(4);
    expect(html.match(/<line /g)).toHaveLength(3);
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/rings-pv32.wide.svg');
    const narrow = clean(
      await container.renderToString(RingsSvg, {
        props: { config: rings[1], idPrefix: 'v', variant: 'narrow' },
      }),
    );
    await expect(prettySvg(narrow)).toMatchFileSnapshot('./svg/rings-vtx.narrow.svg');
  });

  it('renders pv_ops rows with a function for every backend', async () => {
    const html = clean(await container.renderToString(PvopsSvg, { props: { groups: pvGroups } }));
    expect(html).toContain('native_irq_disable');
    expect(html).toContain('native default (not hooked)');
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/pvops.svg');
  });

  it('renders the timeline with a marker per event on the lane of its kind', async () => {
    const events = [
      TimelineEventSchema.parse({
        id: 'pg',
        date: '1974-07',
        title: 'Popek and Goldberg',
        kind: 'research',
        detail: 'The requirements.',
        sources: ['k'],
      }),
      TimelineEventSchema.parse({
        id: 'kvm',
        date: '2007-02',
        title: 'KVM ships',
        kind: 'merge',
        systems: ['kvm'],
        detail: 'In 2.6.20.',
        sources: ['k'],
      }),
    ];
    const kindLabels = Object.fromEntries(EventKinds.map((k) => [k, k])) as Record<
      (typeof EventKinds)[number],
      string
    >;
    const view = { from: 1972, to: 2025, kinds: [...EventKinds], systems: ['kvm'] };
    const html = clean(
      await container.renderToString(TimelineSvg, {
        props: { events, kinds: EventKinds, kindLabels, view, idPrefix: 'tl' },
      }),
    );
    expect(html).toContain('<svg');
    expect(html).toMatch(/class="va-tl-ev" data-id="pg" data-kind="research"/);
    expect(html).toMatch(/class="va-tl-ev" data-id="kvm" data-kind="merge"/);
    expect(html.match(/class="va-tl-lane"/g)).toHaveLength(EventKinds.length);
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/timeline.svg');
  });

  it('renders a benchmark chart with a bar for every value', async () => {
    const bench = BenchmarkSchema.parse({
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
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      rows: [
        { label: 'Send', values: { a: 800, b: 400 } },
        { label: 'Receive', values: { a: 600, b: 300 } },
      ],
      sources: ['k'],
    });
    const html = clean(
      await container.renderToString(BenchmarkChart, { props: { bench, scale: 'absolute', idPrefix: 'bc' } }),
    );
    expect(html.match(/class="va-bench-bar"/g)).toHaveLength(4);
    await expect(prettySvg(html)).toMatchFileSnapshot('./svg/benchmark.svg');
  });
});
