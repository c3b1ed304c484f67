import type { APIRoute } from 'astro';
import { loadIsolation } from '../../diagrams/isolation/data';
import { FRAMING, formatSize } from '../../diagrams/isolation/model';
import { loadAtlas } from '../../lib/atlas';

/**
 * Every recorded escape (oldest first) with its sources and quoted evidence, and every system's
 * layers between tenant code and the host with the interfaces they expose, sizes and evidence
 * included. Citation keys resolve in /reference/bibliography.bib; each is also given with its
 * canonical address here, so the file can be read on its own.
 */
export const GET: APIRoute = () => {
  const model = loadIsolation();
  const bib = loadAtlas().bibByKey;
  const keys = new Set<string>();
  const cite = (list: readonly string[]) => {
    for (const k of list) keys.add(k);
    return list;
  };
  const escapes = model.escapes.map((e) => ({
    id: e.id,
    ...(e.cve ? { cve: e.cve } : {}),
    ...(e.xsa ? { xsa: e.xsa } : {}),
    ...(e.name ? { name: e.name } : {}),
    title: e.title,
    date: e.date,
    systems: e.systems,
    layer: e.layer,
    impact: e.impact,
    fixedIn: e.fixedIn,
    summary: e.summary,
    sources: cite(e.sources),
    evidence: e.evidence,
  }));
  const interfaces = model.systems.map((s) => ({
    system: s.id,
    tenant: s.tenant,
    layers: s.layers.map((l) => ({
      stack: l.stack,
      block: l.block,
      label: l.label,
      boundaries: l.boundaries,
      escapes: l.escapes,
      interfaces: l.interfaces.map((i) => ({
        name: i.name,
        to: i.to,
        detail: i.detail,
        size: i.size ? { ...i.size, text: formatSize(i.size) } : null,
        sources: cite(i.sources),
        evidence: i.evidence,
      })),
    })),
  }));
  cite(FRAMING.sources);
  const sources = Object.fromEntries(
    [...keys].sort().map((k) => {
      const f = bib.get(k)?.fields;
      return [k, { title: f?.title, year: f?.year, url: f?.url ?? null, tier: f?.tier ?? null }];
    }),
  );
  const body = { note: FRAMING.text, escapes, interfaces, sources };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
