import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas';

/** The whole bibliography as BibTeX, entry by entry as written, validated first. */
export const GET: APIRoute = () => {
  const atlas = loadAtlas();
  const body = atlas.bibliography.map((b) => b.source.trim()).join('\n\n') + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
