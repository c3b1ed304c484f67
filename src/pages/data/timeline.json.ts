import type { APIRoute } from 'astro';
import { sortEvents } from '../../diagrams/timeline/layout';
import { loadAtlas } from '../../lib/atlas';

/** Every timeline event in date order, with its citation keys (resolve them in /reference/bibliography.bib). */
export const GET: APIRoute = () => {
  const events = sortEvents(loadAtlas().timeline).map(
    ({ id, date, title, kind, systems, detail, dateNote, sources }) => ({
      id,
      date,
      title,
      kind,
      systems,
      detail,
      ...(dateNote ? { dateNote } : {}),
      sources,
    }),
  );
  return new Response(`${JSON.stringify({ events }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
