import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas';
import { buildMatrixExport } from '../../diagrams/matrix/model';

/** The comparison matrix as JSON: dimensions, systems and one cell per system and dimension. */
export const GET: APIRoute = () => {
  const atlas = loadAtlas();
  const body = JSON.stringify(buildMatrixExport(atlas.matrix, atlas.technologies), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
