import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PathSvg from '../../src/diagrams/path/PathSvg.astro';
import PvopsSvg from '../../src/diagrams/pvops/PvopsSvg.astro';
import RingsSvg from '../../src/diagrams/rings/RingsSvg.astro';
import { ringKeys } from '../../src/diagrams/rings/layout';
import StackSvg from '../../src/diagrams/stack/StackSvg.astro';
import { unionKeys } from '../../src/diagrams/stack/layout';
import { pvGroups, rings, scenario, stacks } from './diagram-fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Drops Astro's scoping classes so snapshots show only the diagram's own markup. */
const clean = (html: string) => html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '').replace(/ class="astro-[\w]+"/g, '');

describe('build-time SVG', () => {
  it('renders a stack with a title, a description and a node for every key', async () => {
    const html = clean(await container.renderToString(StackSvg, { props: { system: stacks[0], keys: unionKeys(stacks), idPrefix: 't' } }));
    expect(html).toContain('<title id="t-title">Architecture stack: A hypervisor</title>');
    expect(html.match(/class="va-stack-block"/g)).toHaveLength(4);
    expect(html).toMatch(/data-key="gu"[^>]*data-hidden="true"/);
    expect(html).toMatchSnapshot();
  });

  it('renders a request path with numbered markers and labelled segments', async () => {
    const html = clean(await container.renderToString(PathSvg, { props: { variant: scenario.variants[0], scenarioLabel: 'A disk write', idPrefix: 'p' } }));
    expect(html.match(/class="va-path-step"/g)).toHaveLength(3);
    expect(html).toContain('>hypercall</text>');
    expect(html).toMatchSnapshot();
  });

  it('renders the rings with both modes and every chip', async () => {
    const html = clean(await container.renderToString(RingsSvg, { props: { config: rings[0], keys: ringKeys(rings) } }));
    expect(html).toContain('No hardware assist: one set of rings');
    expect(html.match(/class="va-ring-chip"/g)).toHaveLength(4);
    expect(html).toMatchSnapshot();
  });

  it('renders pv_ops rows with a function for every backend', async () => {
    const html = clean(await container.renderToString(PvopsSvg, { props: { groups: pvGroups } }));
    expect(html).toContain('native_irq_disable');
    expect(html).toContain('native default (not hooked)');
    expect(html).toMatchSnapshot();
  });
});
