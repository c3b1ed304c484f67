import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../lib/atlas';

/** One file per source, `/reference/bibtex/<key>.bib`: the bibliography's per-entry BibTeX. */
export const getStaticPaths: GetStaticPaths = () =>
  loadAtlas().bibliography.map((b) => ({ params: { key: b.key }, props: { source: b.source.trim() } }));

/** The entry as written in content/references, validated by the atlas loader. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${props.source as string}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
