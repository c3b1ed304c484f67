import type { APIRoute } from 'astro';
import { cellStates } from '../../diagrams/matrix/model';
import { loadAtlas } from '../../lib/atlas';
import { cellKey } from '../../lib/matrix-query';
import { milestoneText } from '../../lib/dates';

/**
 * The states of every matrix cell, compactly, for the matrix page to show another date without
 * carrying them all in its HTML:
 * `{ "<dimension>.<system>": [[since, until, status, value, sinceText], ...] }`, oldest first.
 */
export const GET: APIRoute = () => {
  const cells: Record<string, (string | null)[][]> = {};
  for (const d of loadAtlas().matrix)
    for (const c of d.cells) {
      cells[cellKey(d.id, c.system)] = cellStates(c).map((s) => [
        s.since?.date ?? null,
        s.until?.date ?? null,
        s.status,
        s.value,
        s.since ? milestoneText(s.since) : null,
      ]);
    }
  return new Response(JSON.stringify({ cells }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
