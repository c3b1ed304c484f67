import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas';
import { dataKinds, type AtlasData } from '../../lib/data-kinds';
import { citingPagesIndex } from '../../lib/citing-index';
import { buildSourcesExport, dataCitations } from '../../lib/source-index';

/** Every source with its tier, canonical address, and the pages and data entries citing it. */
export const GET: APIRoute = () => {
  const atlas = loadAtlas();
  const data = Object.fromEntries(Object.keys(dataKinds).map((k) => [k, atlas[k as keyof AtlasData]]));
  const sources = buildSourcesExport(
    atlas.bibliography,
    citingPagesIndex(),
    dataCitations(data as AtlasData),
  );
  return new Response(`${JSON.stringify({ sources }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
