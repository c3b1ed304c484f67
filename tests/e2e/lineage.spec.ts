import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './site';

const PAGE = '/compare/lineage/';
const root = (page: Page) => page.locator('[data-diagram="lineage"]');
const node = (page: Page, id: string) => root(page).locator(`a[data-node="${id}"]`);
const focusedNode = (page: Page) =>
  page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-node'));

test('reads without JavaScript: the drawing, every node, and the table of edges with sources', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const svg = root(page).locator('svg.va-lin-svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('title').first()).toHaveText(/Lineage of Linux virtualization/);
  expect(await svg.locator('a[data-node]').count()).toBeGreaterThanOrEqual(20);
  expect(await svg.locator('g[data-edge]').count()).toBeGreaterThanOrEqual(25);
  const rows = root(page).locator('table.va-lin-table tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(25);
  await expect(rows.first().locator('a[href*="/reference/bibliography/#"]').first()).toBeVisible();
  // Every node's detail is on the page, and a node in the drawing links to it.
  await expect(root(page).locator('#lin-kvm')).toBeVisible();
  await expect(node(page, 'kvm')).toHaveAttribute('href', '#lin-kvm');
  await expect(root(page).locator('[data-kind-filter]').first()).toBeHidden();
  await expect(root(page).locator('.va-lin-legend li')).toHaveCount(4);
  await context.close();
});

test('selects by mouse: highlights ancestors and descendants, shows the detail, keeps the URL', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');
  await expect(r).toHaveAttribute('data-state', /^lin=none;kind=all;shown=\d+$/);
  await expect(r.locator('[data-detail]:visible')).toHaveCount(0);

  await node(page, 'kvm').locator('.va-lin-dot').click();
  await expect(r).toHaveAttribute('data-state', /^lin=kvm;kind=all;/);
  expect(new URL(page.url()).searchParams.get('lin')).toBe('kvm');
  await expect(node(page, 'kvm')).toHaveAttribute('data-state', 'selected');
  await expect(node(page, 'kvm')).toHaveAttribute('aria-current', 'true');
  await expect(node(page, 'qemu')).toHaveAttribute('data-state', 'ancestor');
  await expect(node(page, 'firecracker')).toHaveAttribute('data-state', 'descendant');
  await expect(node(page, 'cloud-hypervisor')).toHaveAttribute('data-state', 'descendant');
  await expect(node(page, 'openvz')).toHaveAttribute('data-state', 'other');
  await expect(r.locator('g[data-edge="qemu-kvm"]')).toHaveAttribute('data-state', 'path');
  await expect(r.locator('g[data-edge="lxc-docker"]')).toHaveAttribute('data-state', 'other');
  await expect(r.locator('#lin-kvm')).toBeVisible();
  await expect(r.locator('#lin-kvm')).toContainText('KVM');
  await expect(r.locator('#lin-kvm')).toContainText('slightly modified QEMU');
  await expect(r.locator('#lin-xen')).toBeHidden();
  await expect(r.locator('[data-count]')).toContainText('KVM:');
  await expect.poll(() => focusedNode(page)).toBe('kvm');

  // A name in the table selects that node and moves the focus to it in the drawing.
  await r.locator('tr[data-edge-row="lxc-docker"] a[data-goto="docker"]').click();
  await expect(r).toHaveAttribute('data-state', /^lin=docker;/);
  await expect.poll(() => focusedNode(page)).toBe('docker');
  await expect(node(page, 'lxc')).toHaveAttribute('data-state', 'ancestor');
  await expect(node(page, 'gvisor')).toHaveAttribute('data-state', 'descendant');

  // The kind filter: only code edges stay; the focus stays on the radio.
  const code = r.locator('[data-kind-filter][value="code"]');
  await code.check();
  await expect(r).toHaveAttribute('data-state', /^lin=docker;kind=code;shown=\d+$/);
  expect(new URL(page.url()).searchParams.get('lin-kind')).toBe('code');
  await expect(code).toBeFocused();
  await expect(r.locator('g[data-edge="lxc-docker"]')).toHaveAttribute('data-off', '');
  await expect(r.locator('g[data-edge="docker-runc"]')).not.toHaveAttribute('data-off', '');
  await expect(r.locator('tr[data-edge-row="lxc-docker"]')).toBeHidden();
  await expect(node(page, 'lxc')).toHaveAttribute('data-state', 'other');

  await page.reload();
  await expect(r).toHaveAttribute('data-state', /^lin=docker;kind=code;/);
  await r.getByRole('button', { name: 'Clear selection' }).click();
  await expect(r).toHaveAttribute('data-state', /^lin=none;kind=code;/);
  expect(new URL(page.url()).searchParams.get('lin')).toBeNull();
  expect(errors).toEqual([]);
});

test('works by keyboard: Tab to a node, Enter to select, arrows along the edges, Escape', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');
  // The last control before the drawing; Tab then reaches the earliest node.
  await r.locator('[data-kind-filter][value="all"]').focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedNode(page)).toBe('linux-vserver');
  await page.keyboard.press('Enter');
  await expect(r).toHaveAttribute('data-state', /^lin=linux-vserver;/);
  await expect(r.locator('#lin-linux-vserver')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(r).toHaveAttribute('data-state', /^lin=namespaces;/);
  await expect.poll(() => focusedNode(page)).toBe('namespaces');
  await page.keyboard.press('ArrowRight');
  await expect(r).toHaveAttribute('data-state', /^lin=lxc;/);
  await page.keyboard.press('ArrowLeft');
  await expect(r).toHaveAttribute('data-state', /^lin=namespaces;/);
  // ↓ offers the other node LXC came from.
  await page.keyboard.press('ArrowDown');
  await expect(r).toHaveAttribute('data-state', /^lin=cgroups;/);
  await expect.poll(() => focusedNode(page)).toBe('cgroups');
  await expect(r.locator('#lin-cgroups')).toContainText('Control groups');

  await page.keyboard.press('Escape');
  await expect(r).toHaveAttribute('data-state', /^lin=none;/);
  await expect.poll(() => focusedNode(page)).toBe('cgroups');
  expect(errors).toEqual([]);
});

test('falls back to the default view on a malformed link, and says so', async ({ page }) => {
  await page.goto(`${PAGE}?lin=%3Cscript%3E&lin-kind=everything`);
  const r = root(page);
  await expect(r).toHaveAttribute('data-state', /^lin=none;kind=all;/);
  await expect(r.locator('.va-notice').first()).toContainText('could not be understood');
});

test('follows the shared date: what did not yet exist fades', async ({ page }) => {
  await page.goto(`${PAGE}?at=2010`);
  const r = root(page);
  await expect(r).toHaveAttribute('data-at', '2010');
  await expect(node(page, 'docker')).toHaveAttribute('data-future', '');
  await expect(node(page, 'kvm')).not.toHaveAttribute('data-future', '');
  await expect(r.locator('g[data-edge="lxc-docker"]')).toHaveAttribute('data-future', '');
  await expect(r.locator('g[data-edge="qemu-kvm"]')).not.toHaveAttribute('data-future', '');
});

test('draws labels that do not overlap one another, and does not scroll sideways at 1280 or 360px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGE);
  const overlaps = await root(page).evaluate((el) => {
    const boxes = [...el.querySelectorAll<SVGTextElement>('.va-lin-node text, .va-lin-lane-title')].map(
      (t) => ({
        name: t.textContent,
        b: t.getBBox(),
      }),
    );
    const hits: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((c) => {
        if (
          a.b.x < c.b.x + c.b.width &&
          c.b.x < a.b.x + a.b.width &&
          a.b.y < c.b.y + c.b.height &&
          c.b.y < a.b.y + a.b.height
        )
          hits.push(`${a.name} / ${c.name}`);
      }),
    );
    return hits;
  });
  expect(overlaps).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PAGE);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // A link that selects a late node scrolls the chart's own box to it.
  await page.goto(`${PAGE}?lin=firecracker`);
  await expect(root(page)).toHaveAttribute('data-state', /^lin=firecracker;/);
  await expect
    .poll(async () => {
      const b = await node(page, 'firecracker').locator('.va-lin-dot').boundingBox();
      return b !== null && b.x > 0 && b.x + b.width < 360;
    })
    .toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('exports /data/lineage.json with at least 20 edges, each with sources and evidence', async ({
  request,
}) => {
  const res = await request.get('/data/lineage.json');
  expect(res.ok()).toBe(true);
  const data = (await res.json()) as {
    nodes: { id: string }[];
    edges: {
      id: string;
      from: string;
      to: string;
      kind: string;
      date: string;
      label: string;
      sources: string[];
      evidence: { quote: string }[];
    }[];
  };
  expect(data.edges.length).toBeGreaterThanOrEqual(20);
  const ids = new Set(data.nodes.map((n) => n.id));
  for (const e of data.edges) {
    expect(Object.keys(e).sort()).toEqual([
      'date',
      'evidence',
      'from',
      'id',
      'kind',
      'label',
      'sources',
      'to',
    ]);
    expect(e.sources.length, e.id).toBeGreaterThan(0);
    expect(e.evidence.length, e.id).toBeGreaterThan(0);
    expect(ids.has(e.from) && ids.has(e.to), e.id).toBe(true);
  }
});
