import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas';

/**
 * Every shared fact with its value, sources and quoted evidence. A fact that repeats a
 * technology's date or version names it in `from`; its sources and evidence are that event's.
 */
export const GET: APIRoute = () => {
  const facts = loadAtlas().facts.map(({ id, value, from, sources, evidence }) => ({
    id,
    value,
    ...(from ? { from } : {}),
    sources,
    evidence,
  }));
  return new Response(`${JSON.stringify({ facts }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
