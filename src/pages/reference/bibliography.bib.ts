import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { loadAtlas, projectRoot } from '../../lib/atlas';

/** The whole bibliography as BibTeX, validated first so a broken file is never published. */
export const GET: APIRoute = () => {
  loadAtlas();
  const src = readFileSync(join(projectRoot, 'content', 'references.bib'), 'utf8');
  return new Response(src, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
