import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PathSvg from '../../src/diagrams/path/PathSvg.astro';
import PvopsSvg from '../../src/diagrams/pvops/PvopsSvg.astro';
import RingsSvg from '../../src/diagrams/rings/RingsSvg.astro';
import { ringKeys } from '../../src/diagrams/rings/layout';
import StackSvg from '../../src/diagrams/stack/StackSvg.astro';
import TimelineSvg from '../../src/diagrams/timeline/TimelineSvg.astro';
import BenchmarkChart from '../../src/diagrams/benchmarks/BenchmarkChart.astro';
import { BenchmarkSchema } from '../../src/schemas/benchmarks';
import { EventKinds, TimelineEventSchema } from '../../src/schemas/timeline';
import { unionKeys } from '../../src/diagrams/stack/layout';
import { pvGroups, rings, scenario, stacks } from './diagram-fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Drops Astro's scoping classes so snapshots show only the diagram's own markup. */
const clean = (html: string) =>
  html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '').replace(/ class="astro-[\w]+"/g, '');

/** The drawing one element per line: a readable fixture file beside the test, diffable in review. */
const readable = (html: string) => html.replace(/></g, '>\n<') + '\n';

describe('build-time SVG', () => {
  it('renders a stack with a title, a description and a node for every key', async () => {
    const html = clean(
      await container.renderToString(StackSvg, {
        props: { system: stacks[0], keys: unionKeys(stacks), idPrefix: 't' },
      }),
    );
    expect(html).toContain('<title id="t-title">Architecture stack: A hypervisor</title>');
    expect(html.match(/class="va-stack-block"/g)).toHaveLength(4);
    expect(html).toMatch(/data-key="gu"[^>]*data-hidden="true"/);
    expect(html).toMatchSnapshot();
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
    await expect(readable(html)).toMatchFileSnapshot('__fixtures__/path-pv.svg');
  });

  it('renders the rings with both modes and every chip', async () => {
    const html = clean(
      await container.renderToString(RingsSvg, { props: { config: rings[0], keys: ringKeys(rings) } }),
    );
    expect(html).toContain('No hardware assist: one set of rings');
    expect(html.match(/class="va-ring-chip"/g)).toHaveLength(4);
    expect(html).toMatchSnapshot();
  });

  it('renders pv_ops rows with a function for every backend', async () => {
    const html = clean(await container.renderToString(PvopsSvg, { props: { groups: pvGroups } }));
    expect(html).toContain('native_irq_disable');
    expect(html).toContain('native default (not hooked)');
    await expect(readable(html)).toMatchFileSnapshot('__fixtures__/pvops.svg');
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
    await expect(readable(html)).toMatchFileSnapshot('__fixtures__/timeline.svg');
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
    await expect(readable(html)).toMatchFileSnapshot('__fixtures__/benchmark.svg');
  });
});
