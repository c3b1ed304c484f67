import type { APIRoute } from 'astro';
import { sortEvents } from '../../diagrams/timeline/layout';
import { loadAtlas } from '../../lib/atlas';

/**
 * Every timeline event in date order, with its citation keys (resolve them in
 * /reference/bibliography.bib) and its evidence: the quotes from those sources that show its date,
 * each with the key of its source and where in the source it stands.
 */
export const GET: APIRoute = () => {
  const events = sortEvents(loadAtlas().timeline).map(
    ({ id, date, title, kind, systems, detail, dateNote, sources, evidence }) => ({
      id,
      date,
      title,
      kind,
      systems,
      detail,
      ...(dateNote ? { dateNote } : {}),
      sources,
      evidence: evidence.map(({ source, quote, locator }) => ({ source, quote, locator })),
    }),
  );
  return new Response(`${JSON.stringify({ events }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
