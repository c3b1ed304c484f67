import type { APIRoute } from 'astro';
import { sortByDate } from '../../diagrams/lineage/layout';
import { resolveNodes } from '../../diagrams/lineage/model';
import { loadAtlas } from '../../lib/atlas';

/**
 * The lineage: every node (with the name, date and sources it takes from its technology where it
 * is one) and every edge in date order, each edge with its citation keys and quoted evidence
 * (resolve the keys in /reference/bibliography.bib).
 */
export const GET: APIRoute = () => {
  const atlas = loadAtlas();
  const nodes = sortByDate(resolveNodes(atlas.lineageNodes, atlas.technologies)).map(
    ({ id, name, lane, date, dateNote, last, technology, summary, sources }) => ({
      id,
      name,
      lane,
      date,
      ...(dateNote ? { dateNote } : {}),
      ...(last ? { last } : {}),
      ...(technology ? { technology } : {}),
      summary,
      sources,
    }),
  );
  const edges = sortByDate(atlas.lineage).map(({ id, from, to, kind, date, label, sources, evidence }) => ({
    id,
    from,
    to,
    kind,
    date,
    label,
    sources,
    evidence,
  }));
  return new Response(`${JSON.stringify({ nodes, edges }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
